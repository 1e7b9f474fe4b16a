import { ISO_TIMESTAMP_REGEX } from 'valibot';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ISO_TIMESTAMP, timestamp } from '../../src/domain/fields';
import { valibot } from '../../src/domain/backup/valibot';
import { assessmentShape } from '../../src/domain/workshop';

describe('fields without valibot on the way to the screen', () => {
  it('test timestamps exactly as valibot does', () => {
    expect(ISO_TIMESTAMP.source).toBe(ISO_TIMESTAMP_REGEX.source);
    expect(ISO_TIMESTAMP.flags).toBe(ISO_TIMESTAMP_REGEX.flags);
  });

  it('repair keeps a valid timestamp and rewrites another readable time', () => {
    const ctx = { now: '2026-12-01T10:00:00.000Z' };
    expect(timestamp().restore('2026-11-30T08:15:00.000Z', ctx)).toBe('2026-11-30T08:15:00.000Z');
    expect(timestamp().restore('2026-11-30 08:15', ctx)).toBe(
      new Date('2026-11-30 08:15').toISOString(),
    );
    expect(timestamp().restore('yesterday', ctx)).toBe(ctx.now);
  });

  it('build a strict check once, from the valibot handed in', () => {
    const first = assessmentShape.schema(valibot);
    expect(assessmentShape.schema(valibot)).toBe(first);
    expect(v.is(first, { id: 'x' })).toBe(false);
  });
});
