import { describe, expect, it } from 'vitest';
import { createFollowUp, type FollowUp } from '../../src/domain/follow-up';
import {
  checkpointsInOrder,
  columnAverages,
  GROUP_COLUMNS,
  groupRows,
  columnMovements,
  mostWanted,
  movement,
  sortGroupRows,
} from '../../src/domain/group';
import { CUSTOMER_SOURCES, COMPETITOR_SOURCES, type Assessment } from '../../src/domain/workshop';
import { makeAssessment } from '../helpers/factories';

type Rating = { level: 0 | 1 | 2 | 3 | null; target: 0 | 1 | 2 | 3 | null; important?: boolean };

function business(name: string, customer: Record<string, Rating>, checkpoint = ''): Assessment {
  const a = makeAssessment({ name, group: 'Kevät 2027 · Seinäjoki' });
  const table = { ...a.customerSources };
  for (const [id, r] of Object.entries(customer)) {
    table[id as keyof typeof table] = { important: false, ...r };
  }
  return { ...a, customerSources: table, checkpoint: { date: checkpoint, who: '' } };
}

const col = (sourceId: string, part = 'customer') =>
  GROUP_COLUMNS.findIndex((c) => c.part === part && c.sourceId === sourceId);

function withStatuses(a: Assessment, statuses: FollowUp['actions'][string]['status'][]) {
  const f = createFollowUp(a, '2027-03-01');
  const actions = Object.fromEntries(
    statuses.map((status, position) => [
      `action${position + 1}`,
      {
        id: `action${position + 1}`,
        position,
        part: 'customer' as const,
        sourceId: null,
        title: `Teko ${position + 1}`,
        steps: '',
        date: '',
        responsible: '',
        status,
        comment: '',
      },
    ]),
  );
  return { ...f, actions };
}

describe('the group view', () => {
  const aurinko = business(
    'Aurinko',
    { conversations: { level: 1, target: 3, important: true }, surveys: { level: 2, target: 2 } },
    '2027-05-10',
  );
  const betania = business('Betania', { conversations: { level: 0, target: 2 } }, '2027-04-01');
  const cedar = business('cedar', { surveys: { level: 3, target: 3 } });

  it('has one column per source of both parts, in the workshop order', () => {
    expect(GROUP_COLUMNS).toHaveLength(CUSTOMER_SOURCES.length + COMPETITOR_SOURCES.length);
    expect(GROUP_COLUMNS[0]).toEqual({ part: 'customer', sourceId: 'conversations' });
    expect(GROUP_COLUMNS[CUSTOMER_SOURCES.length]).toEqual({
      part: 'competitor',
      sourceId: 'customerConversations',
    });
  });

  it('puts each level and target in its cell, with the gap and the important mark', () => {
    const [row] = groupRows([{ assessment: aurinko, latestFollowUp: null }]);
    expect(row.cells[col('conversations')]).toEqual({
      level: 1,
      before: 1,
      target: 3,
      important: true,
      gap: 2,
    });
    expect(row.cells[col('surveys')].gap).toBe(0);
    expect(row.cells[col('meetings')]).toMatchObject({ level: null, target: null });
    expect(row.totalGap).toBe(2);
    expect(row.plan).toBeNull();
    expect(row.followUpDate).toBe('');
    expect(row.checkpoint).toBe('2027-05-10');
  });

  it('takes the level now and the next checkpoint from the latest follow-up', () => {
    const f = createFollowUp(aurinko, '2027-03-01');
    const moved: FollowUp = {
      ...f,
      customerLevels: {
        ...f.customerLevels,
        conversations: { ...f.customerLevels.conversations, now: 2 },
      },
      nextCheckpoint: { date: '2027-09-01', who: '' },
    };
    const [row] = groupRows([{ assessment: aurinko, latestFollowUp: moved }]);
    expect(row.cells[col('conversations')]).toMatchObject({ level: 2, target: 3, gap: 1 });
    expect(row.checkpoint).toBe('2027-09-01');
    expect(row.followUpDate).toBe('2027-03-01');
  });

  it('tells the movement since the workshop only for a business that has had a follow-up', () => {
    const f = createFollowUp(aurinko, '2027-03-01');
    const later: FollowUp = {
      ...f,
      customerLevels: {
        ...f.customerLevels,
        conversations: { ...f.customerLevels.conversations, now: 3 },
        surveys: { ...f.customerLevels.surveys, now: 1 },
      },
    };
    const f2 = createFollowUp(betania, '2027-03-02');
    const rows = groupRows([
      { assessment: aurinko, latestFollowUp: later },
      { assessment: betania, latestFollowUp: f2 },
      { assessment: cedar, latestFollowUp: null },
    ]);
    const [a, b, c] = rows;
    expect(a.cells[col('conversations')]).toMatchObject({ before: 1, level: 3 });
    expect(movement(a, col('conversations'))).toBe(2);
    expect(movement(a, col('surveys'))).toBe(-1);
    expect(movement(a, col('meetings'))).toBeNull();
    expect(movement(b, col('conversations'))).toBe(0);
    // Without a follow-up there is no "now" to compare with.
    expect(movement(c, col('surveys'))).toBeNull();
    const moves = columnMovements(rows);
    expect(moves[col('conversations')]).toEqual({ average: 1, businesses: 2 });
    expect(moves[col('surveys')]).toEqual({ average: -1, businesses: 1 });
    expect(moves[col('meetings')]).toEqual({ average: null, businesses: 0 });
  });

  it('counts plan progress from the follow-up: unset statuses count as not started', () => {
    const f = withStatuses(aurinko, ['done', 'done', 'inProgress', 'notStarted', null]);
    const [row] = groupRows([{ assessment: aurinko, latestFollowUp: f }]);
    expect(row.plan).toEqual({ done: 2, inProgress: 1, notStarted: 2, total: 5 });
  });

  it('averages each source over the businesses that rated it', () => {
    const rows = groupRows(
      [aurinko, betania, cedar].map((assessment) => ({ assessment, latestFollowUp: null })),
    );
    const avg = columnAverages(rows);
    expect(avg[col('conversations')]).toEqual({ level: 0.5, target: 2.5 });
    expect(avg[col('surveys')]).toEqual({ level: 2.5, target: 2.5 });
    expect(avg[col('meetings')]).toEqual({ level: null, target: null });
  });

  it('sorts by business, by total gap and by plan progress, ties by name', () => {
    const rows = groupRows([
      { assessment: cedar, latestFollowUp: withStatuses(cedar, ['done', 'notStarted']) },
      { assessment: betania, latestFollowUp: null },
      { assessment: aurinko, latestFollowUp: withStatuses(aurinko, ['done']) },
    ]);
    const names = (by: Parameters<typeof sortGroupRows>[1], dir: 'ascending' | 'descending') =>
      sortGroupRows(rows, by, dir, 'fi').map((r) => r.name);
    expect(names('business', 'ascending')).toEqual(['Aurinko', 'Betania', 'cedar']);
    expect(names('business', 'descending')).toEqual(['cedar', 'Betania', 'Aurinko']);
    expect(names('gap', 'descending')).toEqual(['Aurinko', 'Betania', 'cedar']);
    expect(names('gap', 'ascending')).toEqual(['cedar', 'Aurinko', 'Betania']);
    // Without a follow-up a business sorts below every one with a plan.
    expect(names('plan', 'descending')).toEqual(['Aurinko', 'cedar', 'Betania']);
    expect(names('plan', 'ascending')).toEqual(['Betania', 'cedar', 'Aurinko']);
  });

  it('lists the sources most businesses want to develop, and the checkpoints in date order', () => {
    const rows = groupRows(
      [aurinko, betania, cedar].map((assessment) => ({ assessment, latestFollowUp: null })),
    );
    expect(mostWanted(rows)).toEqual([
      { part: 'customer', sourceId: 'conversations', businesses: 2 },
    ]);
    expect(checkpointsInOrder(rows).map((r) => [r.name, r.checkpoint])).toEqual([
      ['Betania', '2027-04-01'],
      ['Aurinko', '2027-05-10'],
    ]);
  });
});
