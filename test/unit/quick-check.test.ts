import { describe, expect, it } from 'vitest';
import {
  QUICK_AREAS,
  QUICK_STATEMENTS,
  restoreQuickCheck,
  type QuickAnswer,
  type QuickAnswers,
  type QuickStatementId,
} from '../../src/domain/quick-check';
import { createQuickCheck } from '../../src/domain/quick-check-answers';
import { compareQuickChecks, quickCheckResult } from '../../src/domain/quick-check-answers';
import { STEPS } from '../../src/domain/workshop';

/** Every statement answered `all`, then the given statements answered otherwise. */
function answers(
  all: QuickAnswer | null,
  overrides: Partial<Record<QuickStatementId, QuickAnswer | null>> = {},
): QuickAnswers {
  return Object.fromEntries(
    QUICK_STATEMENTS.map((s) => [s, s in overrides ? overrides[s] : all]),
  ) as QuickAnswers;
}

const statementsOf = (area: string) =>
  QUICK_AREAS.find((a) => a.id === area)?.statements ?? ([] as readonly QuickStatementId[]);

/** The statements of some areas, all answered the same. */
const areasAnswered = (value: QuickAnswer, ...areas: string[]) =>
  Object.fromEntries(areas.flatMap(statementsOf).map((s) => [s, value]));

describe('the quick check', () => {
  it('asks 10–14 statements covering both parts, each area worked on in a workshop step', () => {
    expect(QUICK_STATEMENTS.length).toBeGreaterThanOrEqual(10);
    expect(QUICK_STATEMENTS.length).toBeLessThanOrEqual(14);
    expect(new Set(QUICK_STATEMENTS).size).toBe(QUICK_STATEMENTS.length);
    expect(new Set(QUICK_AREAS.map((a) => a.part))).toEqual(new Set(['customer', 'competitor']));
    for (const area of QUICK_AREAS) expect(STEPS).toContain(area.step);
  });

  it.each([
    {
      pattern: 'everything "not at all": no register comes first, then the basics in order',
      given: answers('no'),
      focus: ['register', 'collect', 'customers'],
    },
    {
      pattern: 'everything "yes": nothing to develop first',
      given: answers('yes'),
      focus: [],
    },
    {
      pattern: 'customer side strong, competitors not followed at all',
      given: answers('yes', areasAnswered('no', 'competitors', 'standApart', 'learn')),
      focus: ['competitors', 'standApart', 'learn'],
    },
    {
      pattern: 'everything "somewhat": the first areas of the workshop, the third as weak',
      given: answers('partly'),
      focus: ['collect', 'customers', 'register'],
    },
    {
      pattern: 'only one weak area: it alone',
      given: answers('yes', areasAnswered('no', 'customers')),
      focus: ['customers'],
    },
    {
      pattern: 'lowest scores first; a mildly weak third area is left out',
      given: answers('yes', {
        ...areasAnswered('partly', 'collect'),
        ...areasAnswered('no', 'use'),
        howWeDiffer: 'partly',
        customerValues: 'no',
      }),
      focus: ['use', 'standApart'],
    },
    {
      pattern: 'no lawful basis for customer data puts the register first even when it exists',
      given: answers('yes', { gdpr: 'no', learnCooperate: 'no' }),
      focus: ['register', 'learn'],
    },
    {
      pattern: 'a half-done check: only the answered areas count',
      given: answers(null, { collectWays: 'no', writeDown: 'partly', followCompetitors: 'yes' }),
      focus: ['collect'],
    },
  ])('$pattern', ({ given, focus }) => {
    expect(quickCheckResult(given).focus).toEqual(focus);
  });

  it('knows when every statement is answered', () => {
    expect(quickCheckResult(answers('yes')).complete).toBe(true);
    const half = quickCheckResult(answers('yes', { gdpr: null }));
    expect(half.complete).toBe(false);
    expect(half.answered).toBe(QUICK_STATEMENTS.length - 1);
  });

  it('compares with an earlier check area by area', () => {
    const before = answers('partly', { learnCooperate: null });
    const now = answers('partly', { collectWays: 'yes', gdpr: 'no' });
    expect(compareQuickChecks(now, before)).toMatchObject({
      collect: 'up',
      register: 'down',
      customers: 'same',
      learn: null,
    });
  });

  it('is repaired when read back: unknown answers dropped, a bad reference emptied', () => {
    const q = createQuickCheck(new Date('2026-12-01T10:00:00Z'));
    expect(restoreQuickCheck(JSON.parse(JSON.stringify(q)))).toEqual(q);
    const raw = {
      ...q,
      assessmentId: '../x',
      answers: { ...q.answers, gdpr: 'maybe', extra: 'yes' },
    };
    const r = restoreQuickCheck(raw)!;
    expect(r.assessmentId).toBe('');
    expect(r.answers.gdpr).toBeNull();
    expect(r.answers).not.toHaveProperty('extra');
    expect(restoreQuickCheck({ answers: {} })).toBeNull();
  });
});
