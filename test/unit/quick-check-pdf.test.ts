import { describe, expect, it } from 'vitest';
import { QUICK_STATEMENTS, type QuickAnswers, type QuickCheck } from '../../src/domain/quick-check';
import { createQuickCheck } from '../../src/domain/quick-check-answers';
import { buildReport } from '../../src/pdf';
import { makeAssessment } from '../helpers/factories';
import { makeI18n } from '../helpers/i18n';

function done(overrides: Partial<Record<string, 'no' | 'partly'>>): QuickCheck {
  const q = createQuickCheck(new Date('2026-11-30T10:00:00Z'));
  const answers = Object.fromEntries(
    QUICK_STATEMENTS.map((s) => [s, overrides[s] ?? 'yes']),
  ) as QuickAnswers;
  return { ...q, answers };
}

describe('the quick check in the action plan', () => {
  it('is one short section naming the areas to develop first and their steps', async () => {
    const i18n = await makeI18n('en');
    const a = makeAssessment();
    const q = done({ register: 'no', learnCooperate: 'no' });
    const report = buildReport(a, i18n.getFixedT('en'), 'en', '2026-12-01', q);
    const section = report.sections.find((s) => s.title === 'Quick check before the workshop');
    expect(section?.blocks).toEqual([
      {
        kind: 'paragraph',
        text: 'Done 30/11/2026. The areas to develop first, and where the workshop worked on them:',
      },
      {
        kind: 'questions',
        items: [
          {
            question: 'Put your customer register in order',
            answer: 'In the workshop: step 5, Customer register',
          },
          {
            question: 'Learn from competitors and look for partners',
            answer: 'In the workshop: step 10, Competitor analysis questions',
          },
        ],
      },
    ]);
  });

  it('is left out without a finished quick check', async () => {
    const i18n = await makeI18n('fi');
    const t = i18n.getFixedT('fi');
    const a = makeAssessment();
    const titles = (q?: QuickCheck) =>
      buildReport(a, t, 'fi', '2026-12-01', q).sections.map((s) => s.title);
    const without = titles();
    expect(titles(createQuickCheck())).toEqual(without);
    expect(titles(done({}))).toEqual([...without, 'Pikakartoitus ennen työpajaa']);
  });
});
