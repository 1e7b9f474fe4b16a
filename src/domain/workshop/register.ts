import { LIMITS, YES_NO } from '../content';
import { byId, choice, object, text, type ValueOf } from '../fields';
import { answered, defineStep } from './step';

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

const registerField = object({ has: choice(YES_NO), how: text(LIMITS.longText) });
export type RegisterFieldAnswer = ValueOf<typeof registerField>;

const register = object({
  exists: choice(YES_NO),
  directMarketing: choice(YES_NO),
  fields: byId(REGISTER_FIELDS, registerField),
  gdpr: byId(GDPR_CHECKS, choice(YES_NO)),
});
export type Register = ValueOf<typeof register>;

/** Part 1d: the customer register, what it holds and its GDPR duties. */
export const registerStep = defineStep({
  id: 'register',
  part: 'customer',
  fields: { register },
  progress: ({ register: r }) =>
    answered([
      r.exists,
      r.directMarketing,
      ...Object.values(r.fields).map((f) => f.has),
      ...Object.values(r.gdpr),
    ]),
});
