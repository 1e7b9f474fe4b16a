import { useEffect, useState } from 'preact/hooks';
import { useTranslation } from 'react-i18next';
import { isIos, isStandalone } from '../../../pwa';
import { readStorageState, type StorageState } from '../../../storage';
import { usePageTitle } from '../../components/use-page-title';
import { formatSize } from './format-size';
import { InstallHint } from './InstallHint';

function Kept({ state }: { state: StorageState | undefined }) {
  const { t } = useTranslation();
  if (!state) return <p aria-busy="true">{t('pwa.yourData.checking')}</p>;
  if (state.persisted === null) return <p>{t('pwa.yourData.keptUnknown')}</p>;
  return <p>{state.persisted ? t('pwa.yourData.keptYes') : t('pwa.yourData.keptNo')}</p>;
}

function Space({ state }: { state: StorageState | undefined }) {
  const { t, i18n } = useTranslation();
  if (!state) return <p aria-busy="true">{t('pwa.yourData.checking')}</p>;
  if (state.usage === null) return <p>{t('pwa.yourData.spaceUnknown')}</p>;
  return <p>{t('pwa.yourData.space', { size: formatSize(state.usage, i18n.language) })}</p>;
}

/**
 * Where the answers are kept and what the user can do to keep them: in plain words, with what
 * this browser says about keeping them and the space they take.
 */
export function YourDataScreen() {
  const { t } = useTranslation();
  usePageTitle(t('pwa.yourData.title'));
  const [state, setState] = useState<StorageState>();
  useEffect(() => {
    let live = true;
    void readStorageState().then((s) => {
      if (live) setState(s);
    });
    return () => {
      live = false;
    };
  }, []);
  // Safari on iPhone and iPad deletes a site's data after 7 days without use, unless the site
  // is on the home screen.
  const atRisk = isIos() && !isStandalone();

  return (
    <article class="screen your-data">
      <h1>{t('pwa.yourData.title')}</h1>
      <p class="lead">{t('pwa.yourData.lead')}</p>

      <section aria-labelledby="your-data-where">
        <h2 id="your-data-where">{t('pwa.yourData.whereTitle')}</h2>
        <p>{t('pwa.yourData.where')}</p>
        <p>{t('pwa.yourData.whereOther')}</p>
      </section>

      <section aria-labelledby="your-data-kept">
        <h2 id="your-data-kept">{t('pwa.yourData.keptTitle')}</h2>
        <Kept state={state} />
      </section>

      <section aria-labelledby="your-data-space">
        <h2 id="your-data-space">{t('pwa.yourData.spaceTitle')}</h2>
        <Space state={state} />
      </section>

      <section aria-labelledby="your-data-todo">
        <h2 id="your-data-todo">{t('pwa.yourData.todoTitle')}</h2>
        {atRisk && <p class="your-data-warning">{t('pwa.yourData.iosWarning')}</p>}
        <ul class="your-data-todo">
          <li>
            {t('pwa.yourData.backup')} <a href="/backup">{t('pwa.yourData.backupLink')}</a>
          </li>
          <li>{t('pwa.yourData.dontClear')}</li>
        </ul>
      </section>

      <InstallHint showInstalled />

      <p class="hint">{t('pwa.yourData.version', { version: import.meta.env.VITE_APP_VERSION })}</p>
    </article>
  );
}
