// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { putPlanRow, setGoal, type Change } from '../../src/domain/changes';
import type { Assessment } from '../../src/domain/workshop';
import type { Language } from '../../src/i18n';
import { buildReport, renderPdf, type Report } from '../../src/pdf';
import { makeAssessment, makeFullAssessment } from '../helpers/factories';
import { makeI18n } from '../helpers/i18n';
import { embeddedFonts, readPdfPieces } from '../helpers/pdf';
import { applyChanges } from '../../src/domain/changes';
import { restoreAssessment } from '../../src/domain/workshop';

const fonts = embeddedFonts;

/** Each page's text pieces in the order they were drawn (one piece a line of a cell). */
async function pagesOf(blob: Blob): Promise<string[][]> {
  const { pages } = await readPdfPieces(blob);
  return pages.map((p) => p.map((s) => s.trim()).filter((s) => s !== ''));
}

async function render(a: Assessment, lng: Language) {
  const { t } = await makeI18n(lng);
  const report = buildReport(a, t, lng, '2026-11-22');
  return { report, t, pages: await pagesOf(renderPdf(report, fonts)) };
}

const join = (pieces: readonly string[]) => pieces.join(' ').replace(/\s+/g, ' ');

/** An action of the customer plan, with a long owner's title in a narrow column. */
const action = (
  i: number,
  steps = `Toimenpide ${i}: soitetaan asiakkaille ja kysytään palautetta`,
) =>
  putPlanRow('customer', {
    id: `act-${i}`,
    sourceId: 'meetings',
    steps,
    date: `2027-${String((i % 12) + 1).padStart(2, '0')}-10`,
    scheduleNote: '',
    responsible: i === 0 ? 'Yrittäjäyhdistyksen puheenjohtaja' : `Henkilö ${i}`,
    position: 20 + i,
  });

function withPlan(base: Assessment, changes: Change[]): Assessment {
  return restoreAssessment(applyChanges(base, changes))!;
}

describe('the action-plan PDF’s layout', { timeout: 30_000 }, () => {
  it.each(['fi', 'sv'] as const)(
    'holds the business, the checkpoint, the goals and the actions by date on page 1 (%s)',
    async (lng) => {
      const a = makeFullAssessment();
      const { pages, t } = await render(a, lng);
      const first = join(pages[0]);
      for (const expected of [
        a.business.name,
        t('pdf.checkpoint'),
        '15.6.2027',
        'Tavoite numero 1',
        'Tavoite numero 2',
        'Tavoite numero 3',
        'Tavoitevastuu 3',
        t('pdf.actionsTitle'),
        // The earliest action first, with its owner.
        'Askel A2 Askel B2 Vastuu 2',
      ]) {
        expect(first, expected).toContain(expected);
      }
      expect(first.indexOf('Askel A2')).toBeLessThan(first.indexOf('Askel A3'));
      expect(first.indexOf('Askel A3')).toBeLessThan(first.indexOf('Askel A1'));
      // The chart and the figures follow the plan.
      const all = join(pages.flat());
      expect(all.indexOf(t('pdf.chartTitle'))).toBeGreaterThan(all.indexOf('Askel A4'));
      expect(all.indexOf(t('pdf.figuresTitle'))).toBeGreaterThan(all.indexOf('Askel A4'));
    },
  );

  it('never leaves a heading or a table’s header row alone at a page’s foot', async () => {
    const { t } = await makeI18n('fi');
    const headings = (r: Report) => [...r.plan, ...r.sections].map((s) => s.title);
    const heads = (r: Report) =>
      [...r.plan, ...r.sections].flatMap((s) =>
        s.blocks.flatMap((b) => (b.kind === 'table' ? [join(b.head)] : [])),
      );
    const orphans: string[] = [];
    // Plans of every length move each heading and table over every point of a page.
    for (let n = 0; n < 16; n++) {
      const a = withPlan(
        makeFullAssessment(),
        Array.from({ length: n }, (_, i) => action(i)),
      );
      const { report, pages } = await render(a, 'fi');
      const footer = t('pdf.made', { date: '22.11.2026' });
      pages.forEach((page, p) => {
        const body = join(page.slice(0, page.indexOf(footer)));
        for (const end of [...headings(report), ...heads(report), t('gridStep.weak.title')]) {
          if (body.endsWith(end)) orphans.push(`${n} rows, page ${p + 1}: ${end}`);
        }
      });
    }
    expect(orphans).toEqual([]);
  }, 120_000);

  it.each([
    ['fi', 'Yrittäjäyhdistyksen'],
    ['sv', 'marknadskommunikation'],
  ] as const)(
    'breaks a word too long for its column only with a hyphen (%s)',
    async (lng, word) => {
      const a = withPlan(makeFullAssessment(), [
        action(0),
        setGoal('goal1', 'responsible', 'Yrittäjäyhdistyksen edustaja'),
      ]);
      const { pages } = await render(a, lng);
      const pieces = pages.flat();
      // A piece that ends in the middle of the word with no hyphen is a split word.
      const split = pieces
        .map((p) => p.split(' ').pop() ?? '')
        .filter((last) => last.length >= 2 && last !== word && word.startsWith(last));
      expect(split).toEqual([]);
      const text = join(pieces).replace(/(\p{L})- (\p{Ll})/gu, '$1$2');
      expect(text).toContain(word);
    },
  );
});

describe('an empty plan', () => {
  it('still puts the goals and actions, though empty, before the chart', async () => {
    const { pages, t } = await render(makeAssessment(), 'en');
    const first = join(pages[0]);
    expect(first).toContain(t('pdf.noGoals'));
    expect(first).toContain(t('pdf.noActions'));
    expect(first.indexOf(t('pdf.noActions'))).toBeLessThan(first.indexOf(t('pdf.chartTitle')));
  });
});
