import { useId, useState } from 'preact/hooks';
import { useTranslation } from 'react-i18next';
import {
  conflictsOf,
  importBackups,
  readBackupFiles,
  type AcceptedFile,
  type OnConflict,
} from '../../../storage/restore-backup';
import type { BackupProblem } from '../../../domain/backup/format';
import { useStorageAdvice } from '../../components/ErrorMessage';
import { ConflictDialog } from './ConflictDialog';
import { problemText } from './problem-text';
import { LIMITS } from '../../../domain/content';

interface Pending {
  readonly accepted: readonly AcceptedFile[];
  readonly names: readonly string[];
}

/** A refused file with its reason, or a failed write. Kept as data, so a language switch shows it anew. */
type Problem =
  { readonly name: string; readonly problem: BackupProblem } | { readonly error: unknown };

/**
 * Restores backup files, several at once: every file is checked in full first and gets its own
 * verdict by name; files that are not valid are named with the reason and change nothing; a
 * file from an earlier version is told to have lost nothing; assessments already on the device
 * are kept beside the imported copy (with copies of their follow-ups) or replaced, as chosen.
 */
export function RestoreBackup() {
  const { t } = useTranslation();
  const advice = useStorageAdvice();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<number | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [pending, setPending] = useState<Pending | null>(null);
  const [restored, setRestored] = useState<readonly AcceptedFile[]>([]);
  const [group, setGroup] = useState('');
  const groupId = useId();

  const problemLine = (p: Problem) =>
    'error' in p
      ? t('backup.importFailed', { reason: advice(p.error) })
      : `${problemText(t, p.name, p.problem)} ${t('backup.nothingChanged')}`;

  const verdict = (f: AcceptedFile) => {
    const { assessments, followUps, quickChecks } = f.backup;
    const parts =
      assessments.length > 0
        ? [t('backup.fileRestored', { file: f.name, count: assessments.length })]
        : [t('backup.fileRestoredQuickChecks', { file: f.name })];
    if (followUps.length > 0) parts.push(t('backup.fileFollowUps', { count: followUps.length }));
    if (quickChecks.length > 0) {
      parts.push(t('quickCheckBackup.file', { count: quickChecks.length }));
    }
    return parts.join(' ');
  };

  const write = async (accepted: readonly AcceptedFile[], onConflict: OnConflict) => {
    setPending(null);
    try {
      const count = await importBackups(
        accepted.map((f) => f.backup),
        onConflict,
        (name) => t('backup.copyName', { name }),
        group,
      );
      setDone(count);
      setRestored(accepted);
    } catch (e) {
      setProblems((ps) => [...ps, { error: e }]);
    }
  };

  const pick = async (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length === 0) return;
    setBusy(true);
    setDone(null);
    setRestored([]);
    try {
      const texts = await Promise.all(
        files.map(async (f) => ({ name: f.name, text: await f.text() })),
      );
      const read = readBackupFiles(texts);
      setProblems([...read.rejected]);
      if (read.accepted.length === 0) return;
      const clashes = await conflictsOf(read.valid);
      if (clashes.length > 0)
        setPending({ accepted: read.accepted, names: clashes.map((a) => a.business.name) });
      else await write(read.accepted, 'keepBoth');
    } catch (e) {
      setProblems([{ error: e }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="panel" aria-labelledby="restore-title">
      <h2 id="restore-title">{t('backup.restoreTitle')}</h2>
      <p>{t('backup.restoreIntro')}</p>
      <div class="field">
        <label for={groupId}>{t('groups.importLabel')}</label>
        <span class="hint" id={`${groupId}-hint`}>
          {t('groups.importHint')}
        </span>
        <input
          id={groupId}
          type="text"
          value={group}
          maxLength={LIMITS.shortText}
          aria-describedby={`${groupId}-hint`}
          onInput={(e) => setGroup(e.currentTarget.value)}
        />
      </div>
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
        {busy
          ? t('backup.reading')
          : done === null
            ? ''
            : done === 0
              ? t('quickCheckBackup.restored', {
                  count: restored.reduce((n, f) => n + f.backup.quickChecks.length, 0),
                })
              : t('backup.imported', { count: done })}
      </p>
      {restored.length > 0 && (
        <ul class="verdicts">
          {restored.map((f, i) => (
            <li key={`${i}-${f.name}`}>
              {verdict(f)}
              {f.added.length > 0 && <p class="grew">{t('backup.grew', { file: f.name })}</p>}
            </li>
          ))}
        </ul>
      )}
      {problems.length > 0 && (
        <ul class="problems" role="alert">
          {problems.map((p, i) => (
            <li key={i}>{problemLine(p)}</li>
          ))}
        </ul>
      )}
      {pending && (
        <ConflictDialog
          names={pending.names}
          onChoose={(choice) => (choice ? void write(pending.accepted, choice) : setPending(null))}
        />
      )}
    </section>
  );
}
