// @vitest-environment node
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { checkpointUid } from '../../src/domain/calendar';
import { GROUP_COLUMNS } from '../../src/domain/group';
import { buildGroupCalendar } from '../../src/domain/group-calendar';
import { businessCode, groupReport } from '../../src/domain/group-report';
import type { Language } from '../../src/i18n';
import { intlLocale } from '../../src/i18n/format';
import { renderGroupPdf } from '../../src/pdf/group-report';
import { makeGroupCsv } from '../../src/sheet/group-csv';
import { groupCalendarTexts } from '../../src/ui/screens/group/group-calendar-texts';
import { makeGroup, type GroupSecrets } from '../helpers/groups';
import { makeI18n } from '../helpers/i18n';
import { embeddedFonts, pdfText, readPdfPieces } from '../helpers/pdf';

const GROUP = 'Kevät 2027 · Seinäjoki';
const TODAY = '2026-12-02';
const fonts = embeddedFonts;

const everySecret = (s: GroupSecrets) => [...s.names, ...s.people, ...s.goals];

/** The first word of each secret too, so that a name cut by a line break is caught as well. */
function expectNone(text: string, s: GroupSecrets) {
  for (const secret of everySecret(s)) {
    expect(text).not.toContain(secret);
    expect(text).not.toContain(secret.split(' ')[0]);
  }
}

const col = (part: string, sourceId: string) =>
  GROUP_COLUMNS.findIndex((c) => c.part === part && c.sourceId === sourceId);

describe("the group's report model", () => {
  it('codes businesses A to Z, then AA, AB… like spreadsheet columns', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(businessCode)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });

  it('names the businesses in the language’s order, with goals, progress and checkpoints', () => {
    const { members } = makeGroup();
    const r = groupReport(members, { anonymous: false, locale: intlLocale('fi') });
    // Finnish order puts Å and Ö after Z.
    expect(r.rows.map((x) => x.name)).toEqual([
      'Hoivakoti Äijälä Oy',
      'Terapia Pöllö',
      'Åkerlunds Vård Ab',
      'Östra Omsorg',
    ]);
    expect(r.rows.map((x) => x.code)).toEqual(['A', 'B', 'C', 'D']);
    const akerlund = r.rows[2];
    // The follow-up moved the checkpoint, rated the level again and marked a goal reached.
    expect(akerlund.checkpoint).toBe('2027-09-15');
    expect(akerlund.cells[col('customer', 'conversations')].level).toBe(3);
    expect(akerlund.plan).toEqual({ done: 1, inProgress: 0, notStarted: 0, total: 1 });
    expect(akerlund).toMatchObject({ goalsSet: 2, goalsReached: 1 });
    expect(akerlund.goals[0].text).toBe('Tavoite Åkerlunds 1: äänekäs åtgärd');
    expect(r.checkpoints.map((x) => x.checkpoint)).toEqual([
      '2027-05-20',
      '2027-06-01',
      '2027-09-15',
    ]);
    expect(r.averages[col('customer', 'conversations')]).toEqual({ level: 2.25, target: 3 });
  });

  it('anonymous, holds codes and figures but no names, people or goals’ wording', () => {
    const { members: named, secrets } = makeGroup();
    const byName = [...named].sort((x, y) =>
      x.assessment.business.name.localeCompare(y.assessment.business.name, 'fi'),
    );
    // Ids in the opposite order of the names: the codes follow the ids, never the names, so
    // that a reader who knows the group's list cannot tell who is who.
    const members = byName.map((m, i) => ({
      ...m,
      assessment: { ...m.assessment, id: `id-${byName.length - i}` },
    }));
    const r = groupReport(members, { anonymous: true, locale: 'fi-FI' });
    expectNone(JSON.stringify(r), secrets);
    expect(r.rows.map((x) => [x.code, x.id, x.name, x.goalsSet])).toEqual([
      ['A', 'id-1', null, 1],
      ['B', 'id-2', null, 2],
      ['C', 'id-3', null, 3],
      ['D', 'id-4', null, 1],
    ]);
  });
});

describe("the group's PDF", () => {
  it.each(['fi', 'sv', 'en'] as const)(
    'shows the names, the heatmap, the averages and the goals (%s)',
    async (lng: Language) => {
      const { t } = await makeI18n(lng);
      const { members, secrets } = makeGroup();
      const report = groupReport(members, { anonymous: false, locale: intlLocale(lng) });
      const { blob, fileName } = renderGroupPdf(report, GROUP, t, lng, TODAY, fonts);
      const text = await pdfText(blob);
      expect(fileName).toBe(`Kevät-2027-Seinäjoki_${t('groupReports.fileLabel')}_${TODAY}.pdf`);
      for (const name of secrets.names) expect(text).toContain(name);
      expect(text).toContain('Tavoite Terapia 3: äänekäs åtgärd');
      expect(text).toContain(t('group.partHead.customer'));
      expect(text).toContain(t('group.partHead.competitor'));
      expect(text).toContain(t('group.average'));
      // Äijälä: conversations 1 of 3; the averages with the language's decimal mark.
      expect(text).toContain('1 › 3 +');
      expect(text).toContain(lng === 'en' ? '2.3 › 3.0' : '2,3 › 3,0');
      expect(text).toContain(t('group.wantedTitle'));
      expect(text).toContain(t('group.noFollowUp'));
      expect(text).toContain(t('group.planValue', { done: 1, inProgress: 0, notStarted: 0 }));
    },
  );

  it.each(['fi', 'sv', 'en'] as const)(
    'anonymous, names no business, person or goal (%s)',
    async (lng: Language) => {
      const { t } = await makeI18n(lng);
      const { members, secrets } = makeGroup();
      const report = groupReport(members, { anonymous: true, locale: intlLocale(lng) });
      const text = await pdfText(renderGroupPdf(report, GROUP, t, lng, TODAY, fonts).blob);
      expectNone(text, secrets);
      for (const code of ['A', 'B', 'C', 'D']) {
        expect(text).toContain(t('groupReports.code', { code }));
      }
      expect(text).toContain(t('groupReports.report.anonymousNote'));
      expect(text).toContain(t('groupReports.report.goalsSet', { count: 3 }));
      expect(text).toContain(GROUP);
    },
  );
});

describe("a large group's PDF", () => {
  it('keeps every heatmap on landscape pages, the averages after the last business', async () => {
    const { t } = await makeI18n('fi');
    const { members } = makeGroup();
    const many = Array.from({ length: 30 }, (_, i) => {
      const m = members[i % members.length];
      const business = { ...m.assessment.business, name: `Yritys numero ${i + 1}` };
      return { ...m, assessment: { ...m.assessment, id: `business-${i}`, business } };
    });
    const report = groupReport(many, { anonymous: false, locale: 'fi-FI' });
    const { blob } = renderGroupPdf(report, GROUP, t, 'fi', TODAY, fonts);
    const read = await readPdfPieces(blob);
    // The pieces joined as they were drawn, without folding, as the page's text.
    const pages = read.pages.map((p, i) => ({ landscape: read.landscape[i], text: p.join(' ') }));
    const heatmapPages = pages.filter((p) => p.text.includes('Lähteiden tasot'));
    // 30 businesses: two pages for each part, every one of them landscape.
    expect(heatmapPages).toHaveLength(4);
    expect(heatmapPages.every((p) => p.landscape)).toBe(true);
    expect(pages.filter((p) => p.landscape)).toHaveLength(4);
    expect(heatmapPages.map((p) => p.text.includes('Keskiarvo'))).toEqual([
      false,
      true,
      false,
      true,
    ]);
    expect(heatmapPages[1].text).toContain('Yritys numero 30');
  });
});

describe("the group's spreadsheet", () => {
  const parse = (text: string, delimiter: string) =>
    Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter, skipEmptyLines: true }).data;

  it('is UTF-8 with a BOM, ";" and decimal commas in Finnish, with the figures', async () => {
    const { t } = await makeI18n('fi');
    const { members } = makeGroup();
    const { text, fileName, blob } = makeGroupCsv(members, GROUP, t, 'fi', TODAY, {
      anonymous: false,
    });
    expect(fileName).toBe(`Kevät-2027-Seinäjoki_ryhmaraportti_${TODAY}.csv`);
    expect(blob.type).toBe('text/csv;charset=utf-8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(4 + 3);
    const [head, ...rows] = parse(text, ';');
    expect(head.slice(0, 8)).toEqual([
      'Yritys',
      'Kehitettävää',
      'Tehty',
      'Kesken',
      'Aloittamatta',
      'Seuraava tarkistuspiste',
      'Tavoitteita asetettu',
      'Tavoitteita saavutettu',
    ]);
    expect(head).toHaveLength(8 + 2 * GROUP_COLUMNS.length);
    const conversations = 8 + 2 * col('customer', 'conversations');
    expect(head[conversations]).toBe('Asiakastieto: Keskustelut asiakkaan kanssa – taso nyt');
    expect(head[conversations + 1]).toBe('Asiakastieto: Keskustelut asiakkaan kanssa – tavoite');
    const akerlund = rows.find((r) => r[0] === 'Åkerlunds Vård Ab');
    expect(akerlund?.slice(0, 8)).toEqual([
      'Åkerlunds Vård Ab',
      '3',
      '1',
      '0',
      '0',
      '2027-09-15',
      '2',
      '1',
    ]);
    expect(akerlund?.[conversations]).toBe('3');
    const noFollowUp = rows.find((r) => r[0] === 'Östra Omsorg');
    expect(noFollowUp?.slice(2, 6)).toEqual(['', '', '', '']);
    const average = rows[rows.length - 1];
    expect(average[0]).toBe('Keskiarvo');
    expect(average[1]).toBe('3');
    expect(average[conversations]).toBe('2,25');
    expect(average[conversations + 1]).toBe('3');
  });

  it('uses "," and decimal points in English, codes when anonymous', async () => {
    const { t } = await makeI18n('en');
    const { members, secrets } = makeGroup();
    const { text } = makeGroupCsv(members, GROUP, t, 'en', TODAY, { anonymous: true });
    expectNone(text, secrets);
    const rows = parse(text, ',');
    expect(rows.map((r) => r[0])).toEqual([
      'Business',
      'Business A',
      'Business B',
      'Business C',
      'Business D',
      'Average',
    ]);
    expect(rows[5][8 + 2 * col('customer', 'conversations')]).toBe('2.25');
  });

  it('neutralises cells a spreadsheet would run as a formula', async () => {
    const { t } = await makeI18n('sv');
    const { members } = makeGroup();
    const a = members[0].assessment;
    const evil = { ...a, business: { ...a.business, name: '=HYPERLINK("http://x";"klick")' } };
    const { text } = makeGroupCsv([{ ...members[0], assessment: evil }], GROUP, t, 'sv', TODAY, {
      anonymous: false,
    });
    const cell = parse(text, ';')[1][0];
    expect(cell.startsWith("'=")).toBe(true);
  });
});

describe("the group's calendar", () => {
  const events = (text: string) =>
    new ICAL.Component(ICAL.parse(text))
      .getAllSubcomponents('vevent')
      .map((c) => new ICAL.Event(c));

  it('has every dated checkpoint under the business’s own UID, the same in every file', async () => {
    const { t } = await makeI18n('fi');
    const { members } = makeGroup();
    const report = groupReport(members, { anonymous: false, locale: 'fi-FI' });
    const build = (now: Date) =>
      buildGroupCalendar(members, report, groupCalendarTexts(GROUP, t), { language: 'fi', now });
    const first = events(build(new Date('2026-12-02T10:00:00Z')));
    const second = events(build(new Date('2027-01-05T08:00:00Z')));
    expect(first).toHaveLength(3);
    expect(first.map((e) => e.uid)).toEqual(second.map((e) => e.uid));
    const akerlund = members[1].assessment;
    const event = first.find((e) => e.uid === checkpointUid(akerlund));
    expect(event?.startDate.toString()).toBe('2027-09-15');
    expect(event?.summary).toBe('Tarkistuspiste: Åkerlunds Vård Ab');
    expect(event?.description).toContain('Seuraaja Östman');
    expect(event?.description).toContain(`Ryhmä: ${GROUP}`);
    expect(event?.component.getFirstSubcomponent('valarm')).not.toBeNull();
  });

  it('anonymous, names events by code and tells of no people', async () => {
    const { t } = await makeI18n('sv');
    const { members, secrets } = makeGroup();
    const report = groupReport(members, { anonymous: true, locale: 'sv-FI' });
    const text = buildGroupCalendar(members, report, groupCalendarTexts(GROUP, t), {
      language: 'sv',
      now: new Date('2026-12-02T10:00:00Z'),
    });
    expectNone(text.replace(/\r\n /g, ''), secrets);
    const list = events(text);
    const dated = report.rows.filter((r) => r.checkpoint !== '').map((r) => r.code);
    expect(dated).toHaveLength(3);
    expect(list.map((e) => e.summary).sort()).toEqual(
      dated.map((c) => t('calendar.event.title', { business: `Företag ${c}` })).sort(),
    );
    expect(list.map((e) => e.uid).sort()).toEqual(
      members
        .filter((m) => m.assessment.business.name !== 'Östra Omsorg')
        .map((m) => checkpointUid(m.assessment))
        .sort(),
    );
  });
});
