import { useTranslation } from 'react-i18next';
import { formatDay } from '../../../i18n/format';
import { useLastBackupAt } from '../../../storage';
import { usePageTitle } from '../../components/use-page-title';
import { DeleteAllData } from './DeleteAllData';
import { RestoreBackup } from './RestoreBackup';
import { SaveBackup } from './SaveBackup';
import './backup.css';

/** Backup files: save them, restore from them, and delete everything from this device. */
export function BackupScreen() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('backup.title'));
  const last = useLastBackupAt();
  return (
    <div class="screen">
      <a class="back-link" href="/">
        {t('overview.backHome')}
      </a>
      <h1>{t('backup.title')}</h1>
      <p class="lead">{t('backup.intro')}</p>
      <section class="panel" aria-labelledby="save-title">
        <h2 id="save-title">{t('backup.saveTitle')}</h2>
        <p>
          {last
            ? t('backup.lastBackup', { date: formatDay(last, i18n.language) })
            : t('backup.neverBackedUp')}
        </p>
        <SaveBackup label={t('backup.saveAll')} />
      </section>
      <RestoreBackup />
      <DeleteAllData />
    </div>
  );
}
