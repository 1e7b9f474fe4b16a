/**
 * The workshop's method as data: every list, scale and table, with stable string ids.
 * Words live in the locales (keys derived from these ids); nothing here is shown as text.
 */

/** The 0–3 level scale used by both source tables. */
export const LEVELS = [0, 1, 2, 3] as const;
export type Level = (typeof LEVELS)[number];

/** The level the workshop asks a business to aim for in its most important sources. */
export const TOP_LEVEL: Level = 3;

/** Whose needs the assessment looks at: the one who pays, the one who uses, or both. */
export const PERSPECTIVES = ['paying', 'user', 'both'] as const;
export type Perspective = (typeof PERSPECTIVES)[number];

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

/** The two parts of the workshop that rate sources and plan for them. */
export const PARTS = ['customer', 'competitor'] as const;
export type Part = (typeof PARTS)[number];

/** Source ids of one part. */
export const SOURCES = {
  customer: CUSTOMER_SOURCES,
  competitor: COMPETITOR_SOURCES,
} as const;

/** Part 1c: the five questions a business should answer from its customer information. */
export const KEY_QUESTIONS = ['who', 'group', 'need', 'choice', 'channels'] as const;
export type KeyQuestionId = (typeof KEY_QUESTIONS)[number];

/** How well a key question can be answered today. */
export const ANSWERABILITY = ['yes', 'partly', 'no'] as const;
export type Answerability = (typeof ANSWERABILITY)[number];

/** Part 1d: what a customer register should hold. */
export const REGISTER_FIELDS = [
  'name',
  'postalAddress',
  'email',
  'purchaseHistory',
  'otherInfo',
] as const;
export type RegisterFieldId = (typeof REGISTER_FIELDS)[number];

/** Part 1d: the register's GDPR duties, checked one by one. */
export const GDPR_CHECKS = [
  'privacyNotice',
  'marketingConsent',
  'retention',
  'accessLimited',
  'specialCategories',
] as const;
export type GdprCheckId = (typeof GDPR_CHECKS)[number];

/** Part 1e: analyses that a register kept over time makes possible. */
export const REGISTER_ANALYSES = ['serviceUsage', 'segments', 'geography'] as const;
export type RegisterAnalysisId = (typeof REGISTER_ANALYSES)[number];

/** Part 1f: ways of using customer information in service development. */
export const PRACTICES = [
  'internalMeetings',
  'developmentDays',
  'customerProgrammes',
  'staffIdeas',
  'customerInvolvement',
  'marketingPlanning',
] as const;
export type PracticeId = (typeof PRACTICES)[number];

/** Part 2c: the open competitor-analysis questions. */
export const COMPETITOR_QUESTIONS = [
  'difference',
  'strengthsWeaknesses',
  'learn',
  'cooperation',
  'networking',
  'customerValues',
] as const;
export type CompetitorQuestionId = (typeof COMPETITOR_QUESTIONS)[number];

/** Part 2d: the grid's default criteria; a business may rename, add or remove them. */
export const DEFAULT_CRITERIA = [
  'products',
  'services',
  'priceLevel',
  'quality',
  'expertise',
  'reputation',
  'location',
  'marketingCommunication',
  'website',
  'facebookPage',
  'waysOfWorking',
  'customerGroups',
] as const;
export type DefaultCriterionId = (typeof DEFAULT_CRITERIA)[number];

/** Part 2d: grid scores, 1 = very weak … 5 = very strong. */
export const SCORES = [1, 2, 3, 4, 5] as const;
export type Score = (typeof SCORES)[number];

/** How many competitors a new grid starts with. */
export const DEFAULT_COMPETITOR_COUNT = 2;

/** Part 2e: the three most important goals, as fixed slots. */
export const GOALS = ['goal1', 'goal2', 'goal3'] as const;
export type GoalId = (typeof GOALS)[number];

/** The workshop's steps, in order; each has its own screen and facilitator notes. */
export const STEPS = [
  'start',
  'customerSources',
  'customerPlan',
  'keyQuestions',
  'register',
  'registerUse',
  'practices',
  'competitorSources',
  'competitorPlan',
  'competitorQuestions',
  'grid',
  'goals',
  'checkpoint',
] as const;
export type StepId = (typeof STEPS)[number];

/** Which part of the workshop a step belongs to, for grouping in the step list. */
export const STEP_PART: Readonly<Record<StepId, 'intro' | Part | 'closing'>> = {
  start: 'intro',
  customerSources: 'customer',
  customerPlan: 'customer',
  keyQuestions: 'customer',
  register: 'customer',
  registerUse: 'customer',
  practices: 'customer',
  competitorSources: 'competitor',
  competitorPlan: 'competitor',
  competitorQuestions: 'competitor',
  grid: 'competitor',
  goals: 'competitor',
  checkpoint: 'closing',
};

/** A yes/no answer; unanswered is null in the assessment. */
export const YES_NO = ['yes', 'no'] as const;
export type YesNo = (typeof YES_NO)[number];

/** Limits that keep records sane on a phone and in the PDF. */
export const LIMITS = {
  shortText: 200,
  longText: 5000,
  participants: 30,
  planRows: 60,
  customPractices: 20,
  competitors: 8,
  criteria: 30,
} as const;
