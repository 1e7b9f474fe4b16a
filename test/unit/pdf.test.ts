// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/domain/workshop';
import { putPlanRow, setGoal } from '../../src/domain/changes';
import { GOALS, KEY_QUESTIONS } from '../../src/domain/workshop';
import { allActions } from '../../src/domain/summary';
import type { Language } from '../../src/i18n';
import { buildReport, renderPdf } from '../../src/pdf';
import { makeAssessment, makeFullAssessment, SPECIAL_TEXT } from '../helpers/factories';
import { makeI18n } from '../helpers/i18n';
import { embeddedFonts, foldPieces, readPdfPieces } from '../helpers/pdf';

const fonts = embeddedFonts;

/** The PDF's text as a reader would copy it, whitespace folded, page by page and whole. */
async function pdfTextOf(
  blob: Blob,
): Promise<{ text: string; pages: number; title: string; pageTexts: string[] }> {
  const { pages, title } = await readPdfPieces(blob);
  const pageTexts = pages.map(foldPieces);
  return { text: pageTexts.join(' '), pages: pages.length, title, pageTexts };
}

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

async function makePdf(a: Assessment, lng: Language) {
  const i18n = await makeI18n(lng);
  const report = buildReport(a, i18n.t, lng, '2026-11-22');
  return { report, ...(await pdfTextOf(renderPdf(report, fonts))), t: i18n.t };
}

describe('the action-plan PDF', { timeout: 20_000 }, () => {
  const a = makeFullAssessment();

  it.each(['fi', 'sv', 'en'] as const)(
    'holds every answer, action and the checkpoint (%s)',
    async (lng) => {
      const { text, t, report } = await makePdf(a, lng);
      const expected = [
        a.business.name,
        'Maija Mentor',
        ...KEY_QUESTIONS.flatMap((id) => {
          const q = a.keyQuestions[id];
          return [
            q.answer,
            q.missing,
            q.where,
            q.nextStep,
            t(`answerability.${q.canAnswer ?? 'no'}`),
          ];
        }),
        ...Object.values(a.register.fields).map((f) => f.how),
        ...Object.values(a.registerAnalyses).map((r) => r.notes),
        ...Object.values(a.competitorQuestions),
        ...allActions(a).flatMap((x) => [x.steps, x.responsible]),
        ...GOALS.flatMap((g) => [a.goals[g].goal, a.goals[g].steps, a.goals[g].responsible]),
        'Oma tapa viikkopalaveri',
        'Hoiva Oy',
        'Kolmas Tmi',
        'Oma 3',
        'Ruudukon muistiinpano',
        t('sources.customer.customerPanel'),
        t('sources.competitor.webSearch'),
        t('keyQuestions.channels'),
        t('gdprChecks.specialCategories'),
        t('practices.marketingPlanning'),
        t('competitorQuestions.customerValues'),
        t('criteria.customerGroups'),
        t('pdf.agreementTitle'),
        report.checkpoint.value,
      ];
      const missing = expected.map(fold).filter((s) => !text.includes(s));
      expect(missing).toEqual([]);
      expect(report.checkpoint.value).toBe(
        { fi: '15.6.2027', sv: '15.6.2027', en: '15/06/2027' }[lng],
      );
      expect(text).toContain(t('pdf.page', { page: 1, pages: 2 }).split(' ')[0]);
    },
  );

  it('keeps every letter typed in Finland and leaves emoji out, with no question mark', async () => {
    const { text } = await makePdf(a, 'fi');
    expect(text).toContain(fold(SPECIAL_TEXT));
    expect(text).toContain(`Muistiinpano ${fold(SPECIAL_TEXT)}`);
    expect(text).not.toContain(`${fold(SPECIAL_TEXT)} ?`);
    expect(text).not.toContain('😀');
  });

  it('leaves emoji out of the title and the goals too', async () => {
    const withEmoji = makeAssessment({ name: 'Kahvila 🌞 Aurinko ☕' }, [
      setGoal('goal1', 'goal', 'kahvihetki kerran kvartaalissa ☕'),
      setGoal('goal1', 'steps', 'Kutsu asiakkaat 👵👴 kahville!'),
    ]);
    const { text, title } = await makePdf(withEmoji, 'fi');
    expect(title).toBe('Toimintasuunnitelma – Kahvila Aurinko');
    expect(text).toContain('kahvihetki kerran kvartaalissa');
    expect(text).toContain('Kutsu asiakkaat kahville!');
    expect(text).not.toMatch(/(Kahvila|Aurinko|kvartaalissa|asiakkaat) \?/);
  });

  it.each([
    ['fi', 'Osaaminen: asiakkaat arvostavat tätä 5/5. Hoiva Oy saa 5, oma yrityksenne saa 2.'],
    ['sv', 'Kunnande: kunderna värdesätter detta 5/5. Hoiva Oy får 5, ert eget företag får 2.'],
    ['en', 'Expertise: customers value this 5/5. Hoiva Oy scores 5, your business scores 2.'],
  ] as const)('says in whole sentences where competitors are ahead (%s)', async (lng, line) => {
    const { text } = await makePdf(a, lng);
    expect(text).toContain(line);
    expect(text).not.toMatch(/ – (te|ni|you) \d/);
  });

  it('lists the actions by date, undated last', async () => {
    const { text } = await makePdf(a, 'en');
    const order = ['Askel A2', 'Askel A1'].map((s) => text.indexOf(s));
    expect(order[0]).toBeGreaterThan(-1);
    expect(order[0]).toBeLessThan(order[1]);
  });

  it('says so when there are no actions or goals yet, and names the file in the PDF language', async () => {
    const empty = makeAssessment({ name: 'Tyhjä / Oy: "testi"' });
    const fi = await makePdf(empty, 'fi');
    expect(fi.text).toContain(fi.t('pdf.noActions'));
    expect(fi.text).toContain(fi.t('pdf.noGoals'));
    expect(fi.text).toContain(fi.t('pdf.notAgreed'));
    expect(fi.report.fileName).toBe('Tyhjä-Oy-testi_toimintasuunnitelma_2026-11-22.pdf');
    const sv = await makePdf(empty, 'sv');
    expect(sv.report.fileName).toBe('Tyhjä-Oy-testi_handlingsplan_2026-11-22.pdf');
  });

  it('repeats the table header on every page a long plan runs over', async () => {
    const long = makeAssessment(
      {},
      Array.from({ length: 40 }, (_, i) =>
        putPlanRow('customer', {
          id: `long-${i}`,
          sourceId: 'surveys',
          steps: `Pitkä askel ${i}\nToinen rivi\nKolmas rivi`,
          date: '2027-01-01',
          scheduleNote: '',
          responsible: `Henkilö ${i}`,
          position: i,
        }),
      ),
    );
    const { text, pages, t } = await makePdf(long, 'fi');
    expect(pages).toBeGreaterThan(3);
    expect(text).toContain('Henkilö 39');
    // The header "Vastuuhenkilö" stands once per page of the plan table, and once in the goals.
    expect(text.split(t('pdf.responsible')).length - 1).toBeGreaterThan(2);
  });
});
