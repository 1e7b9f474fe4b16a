import { describe, expect, it } from 'vitest';
import { parseBackup, serializeBackup } from '../../src/domain/backup';
import {
  createAssessment,
  createFollowUp,
  deleteGroup,
  getAssessment,
  listAssessments,
  listFollowUps,
  listGroup,
  reinstateAssessments,
} from '../../src/storage';
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

  it('deletes a group with its businesses and follow-ups, and brings all of them back', async () => {
    await importBackups([backupOf('Aurinko'), backupOf('Betania')], 'keepBoth', (n) => n, GROUP);
    const other = await createAssessment({ name: 'Cedar', group: 'Syksy 2026' });
    const [first] = await listGroup(GROUP);
    const f = await createFollowUp(first.assessment.id, '2027-03-01');
    const before = await listGroup(GROUP);

    const removed = await deleteGroup(GROUP);
    expect(removed.map((d) => d.assessment.business.name).sort()).toEqual(['Aurinko', 'Betania']);
    expect(await listGroup(GROUP)).toEqual([]);
    expect((await listAssessments()).map((s) => s.name)).toEqual(['Cedar']);
    expect(await listFollowUps(first.assessment.id)).toEqual([]);
    expect((await getAssessment(other.id))?.group).toBe('Syksy 2026');

    await reinstateAssessments(removed);
    const back = await listGroup(GROUP);
    const byId = (xs: typeof back) =>
      [...xs].sort((a, b) => a.assessment.id.localeCompare(b.assessment.id));
    expect(byId(back)).toEqual(byId(before));
    expect((await listFollowUps(first.assessment.id)).map((x) => x.id)).toEqual([f.id]);
    expect(await deleteGroup('No such group')).toEqual([]);
  });
});
