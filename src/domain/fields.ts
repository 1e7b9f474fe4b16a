import type * as V from 'valibot';

/**
 * The building blocks of every record the app keeps. A record's shape is written once, out of
 * these fields, and each field knows three things about its value: what it is in a new record
 * (`empty`), how to repair whatever was read back from storage (`restore`, which never refuses),
 * and how to check it strictly in a backup file (`schema`, which refuses what is wrong). The
 * record's TypeScript type is inferred from the same definition.
 */

/** What a repair may need to know: the time to put where a timestamp is missing. */
export interface Context {
  readonly now: string;
}

export interface Field<T> {
  /** The value in a new record. */
  readonly empty: (ctx: Context) => T;
  /** The repair on read: whatever was stored becomes a valid value; nothing is refused. */
  readonly restore: (raw: unknown, ctx: Context) => T;
  /**
   * The strict check of a file: a wrong value is an issue; a missing one gets `empty`. Built on
   * first use from the valibot that the backup reader hands in, so that valibot loads with the
   * reader and not with the first screen.
   */
  readonly schema: Schema<T>;
  /** A value every file must carry (ids, timestamps, positions): missing it is an issue. */
  readonly required?: boolean;
}

/** The fields of an object, by key. */
export type Shape = { readonly [key: string]: Field<unknown> };

/** The value a field holds. */
export type ValueOf<F> = F extends Field<infer T> ? T : never;

/** The value of an object of fields. */
export type ShapeValue<S extends Shape> = { readonly [K in keyof S]: ValueOf<S[K]> };

/** Collections that users add to and reorder are keyed by id so that two tabs can edit apart. */
export type Keyed<T> = Readonly<Record<string, T>>;

/** An item of a keyed collection: its own id and its place in the user's order. */
export type Item<S extends Shape> = {
  readonly id: string;
  readonly position: number;
} & ShapeValue<S>;

/** A record as read back, before repair. */
export type Raw = Record<string, unknown>;

/** The parts of valibot that fields check with, as the backup reader loads and hands them in. */
export type Valibot = Pick<
  typeof V,
  | 'boolean'
  | 'check'
  | 'isoDate'
  | 'isoTimestamp'
  | 'literal'
  | 'maxEntries'
  | 'maxLength'
  | 'nullable'
  | 'number'
  | 'optional'
  | 'picklist'
  | 'pipe'
  | 'record'
  | 'regex'
  | 'strictObject'
  | 'string'
  | 'union'
>;

/** A field's strict check, built once from valibot on first use. */
export type Schema<T> = (v: Valibot) => V.GenericSchema<unknown, T>;

// Valibot's input types differ from field to field; a field is always checked against unknown input.
function schemaOf<T>(build: (v: Valibot) => unknown): Schema<T> {
  let built: V.GenericSchema<unknown, T> | undefined;
  return (v) => (built ??= build(v) as V.GenericSchema<unknown, T>);
}

/** The value as a plain object, or an empty one. */
export const obj = (value: unknown): Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Raw) : {};

/** The value as text cut to its limit, or ''. */
export const str = (value: unknown, max: number): string =>
  typeof value === 'string' ? value.slice(0, max) : '';

/** The value if it is one of the allowed ones, else null. */
export function oneOf<T extends string | number>(value: unknown, allowed: readonly T[]): T | null {
  return allowed.includes(value as T) ? (value as T) : null;
}

const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;
const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'];

/** An id we generated: letters, digits, '-' and '_' only (no dots: ids stand in key paths). */
export function isSafeId(value: unknown): value is string {
  return typeof value === 'string' && SAFE_ID.test(value) && !PROTOTYPE_KEYS.includes(value);
}

/** A real calendar date as YYYY-MM-DD, or ''. */
export function isoDate(value: unknown): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return '';
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value ? value : '';
}

/** Free text of at most `max` characters; '' when empty. */
export function text(max: number): Field<string> {
  return {
    empty: () => '',
    restore: (raw) => str(raw, max),
    schema: schemaOf((v) => v.pipe(v.string(), v.maxLength(max))),
  };
}

/** A calendar day as YYYY-MM-DD, or '' when not set. */
export function date(): Field<string> {
  return {
    empty: () => '',
    restore: isoDate,
    schema: schemaOf((v) =>
      v.union([
        v.literal(''),
        v.pipe(
          v.string(),
          v.isoDate(),
          v.check((d) => isoDate(d) === d, 'Not a calendar date'),
        ),
      ]),
    ),
  };
}

/** One of a closed list of values, or null when not answered. */
export function choice<const T extends string | number>(values: readonly T[]): Field<T | null> {
  return {
    empty: () => null,
    restore: (raw) => oneOf(raw, values),
    schema: schemaOf((v) => v.nullable(v.picklist(values as T[]))),
  };
}

/** One of a closed list of values, never unset: `fallback` in a new or damaged record. */
export function choiceOr<const T extends string | number>(
  values: readonly T[],
  fallback: NoInfer<T>,
): Field<T> {
  return {
    empty: () => fallback,
    restore: (raw) => oneOf(raw, values) ?? fallback,
    schema: schemaOf((v) => v.picklist(values as T[])),
  };
}

/** Yes or no, false unless set. */
export function flag(): Field<boolean> {
  return {
    empty: () => false,
    restore: (raw) => raw === true,
    schema: schemaOf((v) => v.boolean()),
  };
}

const idSchema = schemaOf<string>((v) =>
  v.pipe(
    v.string(),
    v.regex(SAFE_ID),
    v.check((id) => !PROTOTYPE_KEYS.includes(id), 'Not an id'),
  ),
);

// As the key of a record, the id is checked against text.
const keyOf = (v: Valibot) => idSchema(v) as V.GenericSchema<string, string>;

/** A record's id, which every file must carry. Repair keeps it only if it is a safe id. */
export function id(): Field<string> {
  return {
    empty: () => '',
    restore: (raw) => (isSafeId(raw) ? raw : ''),
    schema: idSchema,
    required: true,
  };
}

const isoTimestamp = schemaOf<string>((v) => v.pipe(v.string(), v.isoTimestamp()));

/**
 * Valibot's ISO_TIMESTAMP_REGEX, written out so that reading a record does not load valibot
 * (a test holds the two equal).
 */
export const ISO_TIMESTAMP =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])[T ](?:0\d|1\d|2[0-3])(?::[0-5]\d){2}(?:\.\d{1,9})?(?:Z| ?[+-](?:0\d|1\d|2[0-3])(?::?[0-5]\d)?)$/u;

/** The same test as valibot's isoTimestamp. */
const isIsoTimestamp = (raw: unknown): raw is string =>
  typeof raw === 'string' && ISO_TIMESTAMP.test(raw);

/**
 * An ISO timestamp, which every file must carry. Repair writes another readable time as ISO, so
 * that every repaired record passes the file check, and puts the current time where it is bad.
 */
export function timestamp(): Field<string> {
  return {
    empty: (ctx) => ctx.now,
    restore: (raw, ctx) => {
      if (isIsoTimestamp(raw)) return raw;
      const at = typeof raw === 'string' ? Date.parse(raw) : Number.NaN;
      return Number.isNaN(at) ? ctx.now : new Date(at).toISOString();
    },
    schema: isoTimestamp,
    required: true,
  };
}

function entriesOf(v: Valibot, shape: Shape) {
  return Object.fromEntries(
    Object.entries(shape).map(([key, f]) => [
      key,
      f.required ? f.schema(v) : v.optional(f.schema(v), () => f.empty({ now: '' })),
    ]),
  );
}

/** An object field, with its fields kept so that a definition can be extended (in tests). */
export interface ObjectField<S extends Shape> extends Field<ShapeValue<S>> {
  readonly shape: S;
}

/** An object with a fixed set of fields; a file may leave out the ones a later version added. */
export function object<const S extends Shape>(shape: S): ObjectField<S> {
  const keys = Object.keys(shape);
  return {
    shape,
    empty: (ctx) => Object.fromEntries(keys.map((k) => [k, shape[k].empty(ctx)])) as ShapeValue<S>,
    restore: (raw, ctx) => {
      const o = obj(raw);
      return Object.fromEntries(keys.map((k) => [k, shape[k].restore(o[k], ctx)])) as ShapeValue<S>;
    },
    schema: schemaOf((v) => v.strictObject(entriesOf(v, shape))),
  };
}

/** One value for each id of a closed list (the workshop's sources, questions, goals…). */
export function byId<const K extends string, T>(
  ids: readonly K[],
  field: Field<T>,
): ByIdField<K, T> {
  const whole = object(Object.fromEntries(ids.map((k) => [k, field])) as Record<K, Field<T>>);
  return { ...(whole as unknown as Field<Readonly<Record<K, T>>>), ids, item: field };
}

/** A field with one value per id, with its ids and the field of each value. */
export interface ByIdField<K extends string, T> extends Field<Readonly<Record<K, T>>> {
  readonly ids: readonly K[];
  readonly item: Field<T>;
}

/** Values under ids of the user's own (grid cells): unsafe ids are dropped on repair. */
export function dict<T>(field: Field<T>): Field<Keyed<T>> {
  return {
    empty: () => ({}),
    restore: (raw, ctx) =>
      Object.fromEntries(
        Object.entries(obj(raw))
          .filter(([key]) => isSafeId(key))
          .map(([key, value]) => [key, field.restore(value, ctx)]),
      ),
    schema: schemaOf((v) => v.record(keyOf(v), field.schema(v))),
  };
}

const position: Field<number> = {
  empty: () => 0,
  restore: (raw) => (typeof raw === 'number' && Number.isFinite(raw) ? raw : 0),
  schema: schemaOf((v) => v.number()),
  required: true,
};

/** A keyed collection's field, with the fields of its items and its size limit. */
export interface KeyedField<S extends Shape> extends Field<Keyed<Item<S>>> {
  readonly shape: S;
  readonly max: number;
}

/**
 * A collection the user adds to, removes from and reorders, of at most `max` items, each with
 * its id and position. Repair keeps valid ids, renumbers positions in order and drops an entry
 * without a position: that is what a late field edit leaves of a row removed in another tab, and
 * it must not come back.
 */
export function keyed<const S extends Shape>(max: number, shape: S): KeyedField<S> {
  const item = object(shape);
  const full = object({ id: id(), position, ...shape });
  return {
    shape,
    max,
    empty: () => ({}),
    restore: (raw, ctx) => {
      const items = Object.entries(obj(raw))
        .filter(([key, value]) => isSafeId(key) && typeof obj(value).position === 'number')
        .map(([key, value]) => ({ key, value: obj(value), at: obj(value).position as number }))
        .sort((a, b) => (Number.isFinite(a.at) ? a.at : 1e9) - (Number.isFinite(b.at) ? b.at : 1e9))
        .slice(0, max);
      return Object.fromEntries(
        items.map(({ key, value }, i) => [
          key,
          { id: key, position: i, ...item.restore(value, ctx) } as Item<S>,
        ]),
      );
    },
    schema: schemaOf((v) =>
      v.pipe(
        v.record(keyOf(v), full.schema(v)),
        v.maxEntries(max),
        v.check(
          (items) => Object.entries(items).every(([key, x]) => (x as { id: string }).id === key),
          'An item id differs from its key',
        ),
      ),
    ),
  };
}

/** A rule that spans a field's parts: `fix` applies it on repair, `holds` checks it in a file. */
export interface Rule<T> {
  readonly fix: (value: T) => T;
  readonly holds: (value: T) => boolean;
}

/**
 * A field with a rule that spans its parts (grid cells only for existing rows and columns). The
 * field keeps its parts and its rule, so that an extended definition can apply the same rule.
 */
export function refine<T, F extends Field<T>>(
  field: F,
  rule: Rule<T>,
): F & { readonly rule: Rule<T> } {
  return {
    ...field,
    rule,
    restore: (raw: unknown, ctx: Context) => rule.fix(field.restore(raw, ctx)),
    schema: schemaOf<T>((v) =>
      v.pipe(field.schema(v), v.check(rule.holds, 'Parts do not fit together')),
    ),
  };
}

/** Builds a record with one value per id. */
export function recordOf<K extends string, V>(ids: readonly K[], make: (id: K) => V): Record<K, V> {
  return Object.fromEntries(ids.map((k) => [k, make(k)])) as Record<K, V>;
}

/** Sorts a keyed collection by its position field. */
export function ordered<T extends { readonly position: number }>(items: Keyed<T>): T[] {
  return Object.values(items).sort((a, b) => a.position - b.position);
}

/** A new id: random, and free of dots so that it can stand in a storage key path. */
export function newId(): string {
  return crypto.randomUUID();
}
