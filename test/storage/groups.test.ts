import { describe, expect, it } from 'vitest';
import { parseBackup, serializeBackup } from '../../src/domain/backup';
import { createFollowUp, listAssessments, listGroup } from '../../src/storage';
import { importBackups } from '../../src/storage/restore-backup';
import { makeAssessment } from '../helpers/factories';

const GROUP = 'Kevät 2027 · Seinäjoki';

function backupOf(name: string) {
  const read = parseBackup(
    serializeBackup([makeAssessment({ name })], '0.1.0', new Date().toISOString()),
  );
  if (!read.ok) throw new Error(JSON.stringify(read.problem));
  return read.backup;
}

describe('groups in storage', () => {
  it('an import puts every assessment of several files in the group asked for', async () => {
    await importBackups(
      [backupOf('Aurinko'), backupOf('Betania')],
      'keepBoth',
      (n) => n,
      ` ${GROUP} `,
    );
    await importBackups([backupOf('Cedar')], 'keepBoth');
    const summaries = await listAssessments();
    expect(Object.fromEntries(summaries.map((s) => [s.name, s.group]))).toEqual({
      Aurinko: GROUP,
      Betania: GROUP,
      Cedar: '',
    });
    const members = await listGroup(GROUP);
    expect(members.map((m) => m.assessment.business.name).sort()).toEqual(['Aurinko', 'Betania']);
    expect(members.every((m) => m.latestFollowUp === null)).toBe(true);
    expect(await listGroup('')).toEqual([]);
  });

  it('lists each business with its latest follow-up', async () => {
    await importBackups([backupOf('Aurinko')], 'keepBoth', (n) => n, GROUP);
    const [{ assessment }] = await listGroup(GROUP);
    await createFollowUp(assessment.id, '2027-03-01');
    const later = await createFollowUp(assessment.id, '2027-06-01');
    await createFollowUp(assessment.id, '2027-04-01');
    const [member] = await listGroup(GROUP);
    expect(member.latestFollowUp?.id).toBe(later.id);
  });
});
