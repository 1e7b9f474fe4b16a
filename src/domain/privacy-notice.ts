import {
  GDPR_CHECKS,
  NOTICE_SECTIONS,
  REGISTER_FIELDS,
  type Assessment,
  type GdprCheckId,
  type NoticeSectionId,
  type RegisterFieldId,
} from './workshop';

/**
 * The privacy notice of the business's customer register, drafted from the register step's
 * answers. Pure: it returns ids of purposes, legal bases, data categories and lines, and the
 * screens, the PDF and the word-processor file supply the words in the language asked for.
 */

/** Why the register's data is processed. */
export const PURPOSES = ['service', 'customerRelationship', 'directMarketing'] as const;
export type PurposeId = (typeof PURPOSES)[number];

/** The legal bases of GDPR article 6 that a small care business's register rests on. */
export type BasisId = 'contract' | 'legalObligation' | 'legitimateInterest' | 'consent';

/** A legal basis and the purpose it serves. */
export interface NoticeBasis {
  readonly purpose: PurposeId;
  readonly basis: BasisId;
}

/** A sentence or paragraph of the drafted notice, by its id in the locales. */
export type NoticeLineId =
  | 'purposesIntro'
  | 'noMarketing'
  | 'basesIntro'
  | 'marketingObjection'
  | 'categoriesIntro'
  | 'marketingChoices'
  | 'healthYes'
  | 'healthHandling'
  | 'healthNo'
  | 'sourcesCustomer'
  | 'sourcesService'
  | 'recipientsStaff'
  | 'noSale'
  | 'retentionPrinciple'
  | 'retentionHealth'
  | 'rightsIntro'
  | 'objectMarketing'
  | 'rightsHow'
  | 'complaint';

/** A place the user must fill in, by its id in the locales. */
export type NoticeFillId =
  | 'businessName'
  | 'controllerContact'
  | 'contactPerson'
  | 'categories'
  | 'moreCategories'
  | 'healthDetails'
  | 'healthUnknown'
  | 'sourcesOther'
  | 'processors'
  | 'transfers'
  | 'retentionPeriods'
  | 'rightsContact';

/** A data subject's right, as listed in the notice. */
export type RightId =
  | 'access'
  | 'rectification'
  | 'erasure'
  | 'restriction'
  | 'objection'
  | 'portability'
  | 'withdrawConsent';

/** One piece of a section: a paragraph, a place to fill in, or a bulleted list. */
export type NoticeLine =
  | { readonly kind: 'text'; readonly id: NoticeLineId }
  | { readonly kind: 'controller'; readonly name: string }
  | { readonly kind: 'fill'; readonly id: NoticeFillId }
  | { readonly kind: 'purposes'; readonly ids: readonly PurposeId[] }
  | { readonly kind: 'bases'; readonly items: readonly NoticeBasis[] }
  | { readonly kind: 'categories'; readonly ids: readonly RegisterFieldId[] }
  | { readonly kind: 'rights'; readonly ids: readonly RightId[] };

export interface NoticeSection {
  readonly id: NoticeSectionId;
  readonly lines: readonly NoticeLine[];
}

/** The drafted notice: what it decided, its sections, and what to do before publishing it. */
export interface NoticeDraft {
  readonly businessName: string;
  readonly purposes: readonly PurposeId[];
  readonly bases: readonly NoticeBasis[];
  /** The register fields marked as in the register. */
  readonly categories: readonly RegisterFieldId[];
  /** True or false when the user said whether health data is kept; null when not yet. */
  readonly healthData: boolean | null;
  readonly sections: readonly NoticeSection[];
  /** The GDPR checks of the register step answered "no". */
  readonly todo: readonly GdprCheckId[];
}

const text = (id: NoticeLineId): NoticeLine => ({ kind: 'text', id });
const fill = (id: NoticeFillId): NoticeLine => ({ kind: 'fill', id });

/** Drafts the privacy notice of an assessment's customer register from its answers. */
export function draftPrivacyNotice(a: Assessment): NoticeDraft {
  const r = a.register;
  const marketing = r.directMarketing === 'yes';
  const email = r.fields.email.has === 'yes';
  const history = r.fields.purchaseHistory.has === 'yes';
  const health = a.privacyNotice.healthData === null ? null : a.privacyNotice.healthData === 'yes';
  const name = a.business.name.trim();

  const purposes: PurposeId[] = ['service', 'customerRelationship'];
  if (marketing) purposes.push('directMarketing');

  const bases: NoticeBasis[] = [
    { purpose: 'service', basis: 'contract' },
    { purpose: 'service', basis: 'legalObligation' },
    { purpose: 'customerRelationship', basis: 'legitimateInterest' },
  ];
  if (marketing) {
    bases.push({ purpose: 'directMarketing', basis: 'legitimateInterest' });
    // Marketing by e-mail or text message to private persons needs their consent beforehand.
    if (email) bases.push({ purpose: 'directMarketing', basis: 'consent' });
  }
  const consent = bases.some((b) => b.basis === 'consent');

  const categories = REGISTER_FIELDS.filter((id) => r.fields[id].has === 'yes');

  const sections: Record<NoticeSectionId, NoticeLine[]> = {
    controller: [
      name ? { kind: 'controller', name } : fill('businessName'),
      fill('controllerContact'),
      fill('contactPerson'),
    ],
    purposes: [
      text('purposesIntro'),
      { kind: 'purposes', ids: purposes },
      ...(marketing ? [] : [text('noMarketing')]),
    ],
    legalBasis: [
      text('basesIntro'),
      { kind: 'bases', items: bases },
      ...(marketing ? [text('marketingObjection')] : []),
    ],
    categories: [
      ...(categories.length > 0
        ? [text('categoriesIntro'), { kind: 'categories', ids: categories } as NoticeLine]
        : [fill('categories')]),
      ...(marketing ? [text('marketingChoices')] : []),
      fill('moreCategories'),
    ],
    specialCategories:
      health === true
        ? [text('healthYes'), text('healthHandling'), fill('healthDetails')]
        : health === false
          ? [text('healthNo')]
          : [fill('healthUnknown')],
    sources: [
      text('sourcesCustomer'),
      ...(history ? [text('sourcesService')] : []),
      fill('sourcesOther'),
    ],
    recipients: [text('recipientsStaff'), fill('processors'), text('noSale'), fill('transfers')],
    retention: [
      text('retentionPrinciple'),
      ...(health === true ? [text('retentionHealth')] : []),
      fill('retentionPeriods'),
    ],
    rights: [
      text('rightsIntro'),
      {
        kind: 'rights',
        ids: [
          'access',
          'rectification',
          'erasure',
          'restriction',
          'objection',
          'portability',
          ...(consent ? (['withdrawConsent'] as const) : []),
        ],
      },
      ...(marketing ? [text('objectMarketing')] : []),
      text('rightsHow'),
      fill('rightsContact'),
    ],
    complaint: [text('complaint')],
  };

  return {
    businessName: name,
    purposes,
    bases,
    categories,
    healthData: health,
    sections: NOTICE_SECTIONS.map((id) => ({ id, lines: sections[id] })),
    todo: GDPR_CHECKS.filter((id) => r.gdpr[id] === 'no'),
  };
}
