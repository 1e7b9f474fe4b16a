// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { applyChanges, putPlanRow } from '../../src/domain/changes';
import { restoreAssessment } from '../../src/domain/workshop';
import { setAt } from '../helpers/changes';
import { createFollowUp, restoreFollowUp, type FollowUp } from '../../src/domain/follow-up';
import type { Language } from '../../src/i18n';
import { buildFollowUpReport, renderPdf } from '../../src/pdf';
import { makeFullAssessment } from '../helpers/factories';
import { makeI18n } from '../helpers/i18n';
import { embeddedFonts, pdfText } from '../helpers/pdf';

const fonts = embeddedFonts;

const a = makeFullAssessment();

/** A follow-up where one action is done, one in progress, a goal reached, a level risen. */
function marked(): FollowUp {
  const f = createFollowUp(a, '2027-06-15', new Date('2027-06-15T10:00:00Z'));
  const [first, second] = Object.entries(f.actions).sort(([, x], [, y]) => x.position - y.position);
  return restoreFollowUp(
    applyChanges(f, [
      setAt(['actions', first[0], 'status'], 'done'),
      setAt(['actions', first[0], 'comment'], 'Kysely lähetetty 40 asiakkaalle'),
      setAt(['actions', second[0], 'status'], 'inProgress'),
      setAt(['goals', 'goal1', 'status'], 'done'),
      setAt(['goals', 'goal2', 'comment'], 'Siirtyy syksyyn'),
      setAt(['customerLevels', 'conversations', 'now'], 3),
      setAt(['nextCheckpoint'], { date: '2027-12-01', who: 'Aino Ahonen' }),
    ]),
  )!;
}

describe('the follow-up PDF', () => {
  it.each(['fi', 'sv', 'en'] as const)(
    'shows statuses, comments and the next checkpoint (%s)',
    async (lng: Language) => {
      const i18n = await makeI18n(lng);
      const t = i18n.t;
      const report = buildFollowUpReport(a, marked(), t, lng, '2027-06-15');
      const text = await pdfText(renderPdf(report, fonts));
      const date = new Intl.DateTimeFormat({ fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' }[lng], {
        dateStyle: 'short',
        timeZone: 'UTC',
      }).format(new Date(Date.UTC(2027, 11, 1)));
      for (const expected of [
        a.business.name,
        t('followup.pdf.title').toUpperCase(),
        t('followup.pdf.nextCheckpoint'),
        date,
        t('followup.pdf.calledBy', { name: 'Aino Ahonen' }),
        t('followup.status.done'),
        t('followup.status.inProgress'),
        t('followup.status.none'),
        'Kysely lähetetty 40 asiakkaalle',
        'Siirtyy syksyyn',
        t('followup.progress.actions', { done: 1, total: 4 }),
        t('followup.progress.goals', { reached: 1, total: 3 }),
        t('followup.progress.rose', { count: 1 }),
        t('followup.pdf.openTitle'),
        t('followup.pdf.chartBefore'),
        t('pdf.signatures'),
      ]) {
        expect(text, expected).toContain(expected.replace(/\s+/g, ' '));
      }
      expect(report.fileName).toMatch(/\.pdf$/);
    },
  );

  it('lists what is still open, and not what is done', async () => {
    const i18n = await makeI18n('en');
    const report = buildFollowUpReport(a, marked(), i18n.t, 'en', '2027-06-15');
    const open = report.sections.find((s) => s.title === 'Still open')!;
    const lines = open.blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''));
    expect(lines).toHaveLength(5);
    expect(lines.some((l) => l.includes('Tavoite numero 1'))).toBe(false);
    expect(lines).toContain('• Tavoite numero 2 (Not marked)');
  });

  it.each(['fi', 'sv', 'en'] as const)(
    'names every action by its source, also one with no steps written (%s)',
    async (lng: Language) => {
      const { t } = await makeI18n(lng);
      const withBare = restoreAssessment(
        applyChanges(a, [
          putPlanRow('customer', {
            id: 'bare',
            sourceId: 'meetings',
            steps: '',
            date: '2027-03-01',
            scheduleNote: '',
            responsible: 'Ville Vastaava',
            position: 9,
          }),
        ]),
      )!;
      const f = createFollowUp(withBare, '2027-06-15', new Date('2027-06-15T10:00:00Z'));
      const report = buildFollowUpReport(withBare, f, t, lng, '2027-06-15');
      const text = await pdfText(renderPdf(report, fonts));
      const source = t('sources.customer.meetings');
      const noSteps = t('followup.items.noSteps');
      const date = { fi: '1.3.2027', sv: '1.3.2027', en: '01/03/2027' }[lng];
      expect(text).toContain(`${source} ${noSteps} ${date} Ville Vastaava`);
      expect(text).toContain(`• ${source}: ${noSteps} (${t('followup.status.none')})`);
      expect(text).toContain(`• ${t('sources.customer.surveys')}: Askel A1`);
      expect(text).not.toContain(`• (${t('followup.status.none')})`);
    },
  );
});
