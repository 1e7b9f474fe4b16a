import { useState } from 'preact/hooks';
import { useTranslation } from 'react-i18next';
import type { Backup, BackupProblem } from '../../../domain/backup-format';
import {
  conflictsOf,
  importBackups,
  readBackupFiles,
  type OnConflict,
} from '../../../storage/restore-backup';
import { useStorageAdvice } from '../../components/ErrorMessage';
import { ConflictDialog } from './ConflictDialog';

interface Pending {
  readonly valid: readonly Backup[];
  readonly names: readonly string[];
}

/**
 * Restores backup files, several at once: every file is checked in full first; files that are
 * not valid are named with the reason and change nothing; assessments already on the device
 * are kept beside the imported copy or replaced, as the user chooses.
 */
export function RestoreBackup() {
  const { t } = useTranslation();
  const advice = useStorageAdvice();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [pending, setPending] = useState<Pending | null>(null);

  const problemText = (file: string, p: BackupProblem) =>
    `${t(`backup.problems.${p.kind}`, { file, ...p })} ${t('backup.nothingChanged')}`;

  const write = async (valid: readonly Backup[], onConflict: OnConflict) => {
    setPending(null);
    try {
      const count = await importBackups(valid, onConflict, (name) =>
        t('backup.copyName', { name }),
      );
      setDone(t('backup.imported', { count }));
    } catch (e) {
      setProblems((ps) => [...ps, t('backup.importFailed', { reason: advice(e) })]);
    }
  };

  const pick = async (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length === 0) return;
    setBusy(true);
    setDone(null);
    try {
      const texts = await Promise.all(
        files.map(async (f) => ({ name: f.name, text: await f.text() })),
      );
      const read = readBackupFiles(texts);
      setProblems(read.rejected.map((r) => problemText(r.name, r.problem)));
      if (read.valid.length === 0) return;
      const clashes = await conflictsOf(read.valid);
      if (clashes.length > 0)
        setPending({ valid: read.valid, names: clashes.map((a) => a.business.name) });
      else await write(read.valid, 'keepBoth');
    } catch (e) {
      setProblems([t('backup.importFailed', { reason: advice(e) })]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="panel" aria-labelledby="restore-title">
      <h2 id="restore-title">{t('backup.restoreTitle')}</h2>
      <p>{t('backup.restoreIntro')}</p>
      <label class="button file-button">
        {t('backup.choose')}
        <input
          type="file"
          accept=".json,application/json"
          multiple
          class="visually-hidden"
          disabled={busy}
          onChange={(e) => void pick(e.currentTarget)}
        />
      </label>
      <p class="hint" role="status">
        {busy ? t('backup.reading') : (done ?? '')}
      </p>
      {problems.length > 0 && (
        <ul class="problems" role="alert">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {pending && (
        <ConflictDialog
          names={pending.names}
          onChoose={(choice) => (choice ? void write(pending.valid, choice) : setPending(null))}
        />
      )}
    </section>
  );
}
