/**
 * The scales and limits that several steps of the workshop share. Each step's own lists live in
 * its definition under workshop/; words live in the locales (keys derived from these ids).
 */

/** The 0–3 level scale used by both source tables. */
export const LEVELS = [0, 1, 2, 3] as const;
export type Level = (typeof LEVELS)[number];

/** The level the workshop asks a business to aim for in its most important sources. */
export const TOP_LEVEL: Level = 3;

/** The two parts of the workshop that rate sources and plan for them. */
export const PARTS = ['customer', 'competitor'] as const;
export type Part = (typeof PARTS)[number];

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
