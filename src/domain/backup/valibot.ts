import {
  boolean,
  check,
  isoDate,
  isoTimestamp,
  literal,
  maxEntries,
  maxLength,
  nullable,
  number,
  optional,
  picklist,
  pipe,
  record,
  regex,
  strictObject,
  string,
  union,
} from 'valibot';
import type { Valibot } from '../fields';

/**
 * The parts of valibot that the fields' strict checks are built from, handed to each field's
 * `schema`. Named one by one so that the reader's chunk holds only these.
 */
export const valibot: Valibot = {
  boolean,
  check,
  isoDate,
  isoTimestamp,
  literal,
  maxEntries,
  maxLength,
  nullable,
  number,
  optional,
  picklist,
  pipe,
  record,
  regex,
  strictObject,
  string,
  union,
};
