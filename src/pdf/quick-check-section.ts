import type { TFunction } from 'i18next';
import { QUICK_AREAS, type QuickCheck } from '../domain/quick-check';
import { quickCheckResult } from '../domain/quick-check-answers';
import { STEPS } from '../domain/workshop';
import type { ReportSection } from './model';

/**
 * The quick check the workshop was started from, in one short section: when it was done, and
 * the areas it named to develop first with the step where each was worked on. Nothing without
 * a finished quick check.
 */
export function quickCheckSection(
  q: QuickCheck | undefined,
  t: TFunction,
  date: (iso: string) => string,
): ReportSection[] {
  if (!q) return [];
  const result = quickCheckResult(q.answers);
  if (!result.complete) return [];
  const done = date(q.updatedAt.slice(0, 10));
  if (result.focus.length === 0) {
    return [
      {
        title: t('quickCheck.pdfTitle'),
        blocks: [{ kind: 'paragraph', text: t('quickCheck.summaryNone', { date: done }) }],
      },
    ];
  }
  return [
    {
      title: t('quickCheck.pdfTitle'),
      blocks: [
        { kind: 'paragraph', text: t('quickCheck.pdfDone', { date: done }) },
        {
          kind: 'questions',
          items: result.focus.map((id) => {
            const step = QUICK_AREAS.find((a) => a.id === id)?.step ?? 'start';
            return {
              question: t(`quickCheck.areas.${id}.title`),
              answer: t('quickCheck.workedOn', {
                number: STEPS.indexOf(step) + 1,
                step: t(`steps.${step}`),
              }),
            };
          }),
        },
      ],
    },
  ];
}
