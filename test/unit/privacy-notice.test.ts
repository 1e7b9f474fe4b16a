import { describe, expect, it } from 'vitest';
import { noticeBlocks } from '../../src/domain/notice-document';
import { draftPrivacyNotice } from '../../src/domain/privacy-notice';
import { restoreAssessment, type Assessment } from '../../src/domain/workshop';
import { setAt } from '../helpers/changes';
import { makeAssessment } from '../helpers/factories';
import { makeI18n, missingKeys } from '../helpers/i18n';
import {
  countFills,
  noticeDocument,
  sectionText,
} from '../../src/ui/screens/privacy-notice/notice-text';

/** A home-care business's register: name, e-mail and purchase history kept, marketing as given. */
function registerWith(
  opts: { marketing: 'yes' | 'no'; email?: 'yes' | 'no'; health?: 'yes' | 'no' | null } = {
    marketing: 'no',
  },
): Assessment {
  return makeAssessment({}, [
    setAt(['register', 'exists'], 'yes'),
    setAt(['register', 'directMarketing'], opts.marketing),
    setAt(['register', 'fields', 'name', 'has'], 'yes'),
    setAt(['register', 'fields', 'postalAddress', 'has'], 'no'),
    setAt(['register', 'fields', 'email', 'has'], opts.email ?? 'yes'),
    setAt(['register', 'fields', 'purchaseHistory', 'has'], 'yes'),
    setAt(['register', 'gdpr', 'privacyNotice'], 'no'),
    setAt(['register', 'gdpr', 'retention'], 'no'),
    setAt(['register', 'gdpr', 'accessLimited'], 'yes'),
    setAt(['privacyNotice', 'healthData'], opts.health ?? null),
  ]);
}

describe('the privacy notice draft', () => {
  it('without direct marketing has no marketing purpose, no consent and says so', () => {
    const d = draftPrivacyNotice(registerWith({ marketing: 'no' }));
    expect(d.purposes).toEqual(['service', 'customerRelationship']);
    expect(d.bases).toEqual([
      { purpose: 'service', basis: 'contract' },
      { purpose: 'service', basis: 'legalObligation' },
      { purpose: 'customerRelationship', basis: 'legitimateInterest' },
    ]);
    const purposes = d.sections.find((s) => s.id === 'purposes');
    expect(purposes?.lines).toContainEqual({ kind: 'text', id: 'noMarketing' });
  });

  it('with direct marketing rests it on legitimate interest, and on consent for e-mail', () => {
    const d = draftPrivacyNotice(registerWith({ marketing: 'yes', email: 'yes' }));
    expect(d.purposes).toContain('directMarketing');
    expect(d.bases).toContainEqual({ purpose: 'directMarketing', basis: 'legitimateInterest' });
    expect(d.bases).toContainEqual({ purpose: 'directMarketing', basis: 'consent' });
    const rights = d.sections.find((s) => s.id === 'rights')?.lines ?? [];
    expect(rights).toContainEqual({ kind: 'text', id: 'objectMarketing' });
    expect(rights.find((l) => l.kind === 'rights')).toMatchObject({
      ids: expect.arrayContaining(['objection', 'withdrawConsent', 'portability']),
    });
  });

  it('with direct marketing but no e-mail addresses asks no consent', () => {
    const d = draftPrivacyNotice(registerWith({ marketing: 'yes', email: 'no' }));
    expect(d.bases.map((b) => b.basis)).not.toContain('consent');
    expect(d.categories).toEqual(['name', 'purchaseHistory']);
  });

  it('lists the register fields marked in use as the categories of data', () => {
    expect(draftPrivacyNotice(registerWith()).categories).toEqual([
      'name',
      'email',
      'purchaseHistory',
    ]);
    const empty = draftPrivacyNotice(makeAssessment());
    expect(empty.categories).toEqual([]);
    expect(empty.sections.find((s) => s.id === 'categories')?.lines).toContainEqual({
      kind: 'fill',
      id: 'categories',
    });
  });

  it('with health data gives the separate basis and the stricter handling', () => {
    const d = draftPrivacyNotice(registerWith({ marketing: 'yes', health: 'yes' }));
    expect(d.healthData).toBe(true);
    const special = d.sections.find((s) => s.id === 'specialCategories')?.lines;
    expect(special).toEqual([
      { kind: 'text', id: 'healthYes' },
      { kind: 'text', id: 'healthHandling' },
      { kind: 'fill', id: 'healthDetails' },
    ]);
    const none = draftPrivacyNotice(registerWith({ marketing: 'yes', health: 'no' }));
    expect(none.sections.find((s) => s.id === 'specialCategories')?.lines).toEqual([
      { kind: 'text', id: 'healthNo' },
    ]);
  });

  it('lists the GDPR checks answered "no" as the things to do', () => {
    expect(draftPrivacyNotice(registerWith()).todo).toEqual(['privacyNotice', 'retention']);
  });

  it('reads in Finnish with the bases, categories and marks a reader expects', async () => {
    const i18n = await makeI18n('fi');
    const t = i18n.getFixedT('fi');
    const a = registerWith({ marketing: 'yes', health: 'yes' });
    const doc = noticeDocument(a, draftPrivacyNotice(a), 'fi', t, '2026-12-01');
    const all = doc.sections.map((s) => `${s.title}\n${s.text}`).join('\n');
    expect(doc.title).toBe('Tietosuojaseloste');
    expect(all).toContain('Rekisterinpitäjä: Hoivapalvelu Aurinko Oy');
    expect(all).toContain('suoramarkkinointi omille asiakkaillemme: oikeutettu etumme');
    expect(all).toContain('Asiakkaan sähköpostiosoite');
    expect(all).toContain('9 artiklan 2 kohdan h alakohtaan');
    expect(all).toContain('tietosuojavaltuutetulle');
    expect(countFills(all, t)).toBeGreaterThan(3);
    expect(doc.todo.items).toContain('Päätä säilytysajat ja poista tiedot, joita ei enää tarvita.');
    expect(doc.todo.items).toContain('Täydennä selosteen merkityt kohdat.');
    expect(missingKeys).toEqual([]);
  });

  it('uses the text the user edited, per language, and the draft where it is empty', async () => {
    const i18n = await makeI18n('sv');
    const t = i18n.getFixedT('sv');
    const base = registerWith({ marketing: 'no' });
    const a = restoreAssessment({
      ...base,
      privacyNotice: {
        ...base.privacyNotice,
        texts: {
          ...base.privacyNotice.texts,
          fi: { ...base.privacyNotice.texts.fi, retention: 'Oma teksti' },
        },
      },
    })!;
    const d = draftPrivacyNotice(a);
    const retention = d.sections.find((s) => s.id === 'retention')!;
    expect(sectionText(a, retention, 'fi', t)).toBe('Oma teksti');
    expect(sectionText(a, retention, 'sv', t)).toContain('En kund är sällan kund för alltid');
  });

  it('keeps an old record without a notice readable, with nothing edited', () => {
    const { privacyNotice: _gone, ...old } = makeAssessment();
    const a = restoreAssessment(old)!;
    expect(a.privacyNotice.healthData).toBeNull();
    expect(a.privacyNotice.texts.sv.rights).toBe('');
  });

  it('splits a text into paragraphs and lists', () => {
    expect(noticeBlocks('Yksi\n\n– a\n– b\nKaksi\nrivi')).toEqual([
      { kind: 'paragraph', text: 'Yksi' },
      { kind: 'list', items: ['a', 'b'] },
      { kind: 'paragraph', text: 'Kaksi\nrivi' },
    ]);
  });
});
