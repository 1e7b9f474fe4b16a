import { describe, expect, it } from 'vitest';
import { STEPS } from '../../src/domain/workshop';
import { stepEntries, TABLE_STEPS } from '../../src/ui/screens/present/entries';
import { entryLines, toSlides } from '../../src/ui/screens/present/slides';
import { makeAssessment, makeFullAssessment } from '../helpers/factories';
import { makeI18n } from '../helpers/i18n';

const layoutOf = (step: (typeof STEPS)[number]) => (TABLE_STEPS.includes(step) ? 'table' : 'cards');

describe('the slides of a presented step', () => {
  it('hold every entry once, in order, and split a step only where the next entry would not fit', async () => {
    const i18n = await makeI18n('fi');
    const a = makeFullAssessment();
    for (const step of STEPS) {
      const entries = stepEntries(a, step, i18n.t, 'fi');
      const slides = toSlides(entries, layoutOf(step));
      expect(slides.flat(), step).toEqual(entries);
      for (const [i, slide] of slides.entries()) {
        expect(slide.length, `${step} slide ${i + 1}`).toBeGreaterThan(0);
        const next = slides[i + 1]?.[0];
        if (!next) continue;
        const used = [...slide, next].reduce((n, e) => n + entryLines(e, layoutOf(step)), 0);
        expect(used, `${step} slide ${i + 1} could take the next entry`).toBeGreaterThan(12);
      }
    }
  });

  it('gives an empty plan one slide, which says that nothing is written yet', async () => {
    const i18n = await makeI18n('fi');
    const entries = stepEntries(makeAssessment(), 'customerPlan', i18n.t, 'fi');
    expect(entries).toEqual([]);
    expect(toSlides(entries, 'cards')).toEqual([[]]);
  });

  it('never shows a facilitator note', async () => {
    const i18n = await makeI18n('fi');
    const a = makeFullAssessment();
    const text = JSON.stringify(STEPS.map((s) => stepEntries(a, s, i18n.t, 'fi')));
    expect(a.notes.grid).not.toBe('');
    expect(text).not.toContain(JSON.stringify(a.notes.start).slice(1, -1));
    expect(text).not.toContain(a.notes.grid);
  });
});
