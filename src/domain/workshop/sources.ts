import { assessmentField, type FieldRef } from '../changes';
import { LEVELS, type Level, type Part } from '../content';
import { byId, choice, flag, object, type ValueOf } from '../fields';
import { count, defineStep } from './step';

/** Part 1a: the 11 customer information sources, in the workshop's order. */
export const CUSTOMER_SOURCES = [
  'conversations',
  'surveys',
  'meetings',
  'serviceExperiences',
  'stakeholders',
  'websiteAnalytics',
  'facebook',
  'purchaseBehaviour',
  'customerPanel',
  'customerStories',
  'customerRegister',
] as const;
export type CustomerSourceId = (typeof CUSTOMER_SOURCES)[number];

/** Part 2a: the 13 competitor information sources, in the workshop's order. */
export const COMPETITOR_SOURCES = [
  'customerConversations',
  'surveys',
  'competitorMeetings',
  'mysteryShopping',
  'stakeholders',
  'websites',
  'facebookPages',
  'fairsAndEvents',
  'magazines',
  'blogs',
  'socialMedia',
  'statistics',
  'webSearch',
] as const;
export type CompetitorSourceId = (typeof COMPETITOR_SOURCES)[number];

/** Source ids of one part. */
export const SOURCES = {
  customer: CUSTOMER_SOURCES,
  competitor: COMPETITOR_SOURCES,
} as const;

/** Every source id of either part, once. */
export const ALL_SOURCE_IDS = [...new Set([...CUSTOMER_SOURCES, ...COMPETITOR_SOURCES])];

const rating = object({
  level: choice(LEVELS),
  target: choice(LEVELS),
  /** One of the business's most important sources: it should aim for the top level. */
  important: flag(),
});
export type SourceRating = ValueOf<typeof rating>;

const rated = (table: Readonly<Record<string, SourceRating>>) => {
  const rows = Object.values(table);
  return { done: count(rows, (r) => r.level !== null && r.target !== null), total: rows.length };
};

/** Part 1a: each customer source's level today and its target. */
export const customerSourcesStep = defineStep({
  id: 'customerSources',
  part: 'customer',
  fields: { customerSources: byId(CUSTOMER_SOURCES, rating) },
  progress: (a) => rated(a.customerSources),
});

/** Part 2a: each competitor source's level today and its target. */
export const competitorSourcesStep = defineStep({
  id: 'competitorSources',
  part: 'competitor',
  fields: { competitorSources: byId(COMPETITOR_SOURCES, rating) },
  progress: (a) => rated(a.competitorSources),
});

/** A source's level today or its target, in an assessment. */
export function ratingField(
  id: string,
  part: Part,
  sourceId: string,
  key: 'level' | 'target',
): FieldRef<Level | null> {
  // One literal key at a time: the checker compares a path with every path it could be.
  const c = sourceId as CustomerSourceId;
  const k = sourceId as CompetitorSourceId;
  if (part === 'customer') {
    return key === 'level'
      ? assessmentField(id, 'customerSources', c, 'level')
      : assessmentField(id, 'customerSources', c, 'target');
  }
  return key === 'level'
    ? assessmentField(id, 'competitorSources', k, 'level')
    : assessmentField(id, 'competitorSources', k, 'target');
}

/** Whether a source is one of the business's most important ones. */
export function importantField(id: string, part: Part, sourceId: string): FieldRef<boolean> {
  return part === 'customer'
    ? assessmentField(id, 'customerSources', sourceId as CustomerSourceId, 'important')
    : assessmentField(id, 'competitorSources', sourceId as CompetitorSourceId, 'important');
}
