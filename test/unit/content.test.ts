import { describe, expect, it } from 'vitest';
import * as content from '../../src/domain/workshop';

const unique = (xs: readonly unknown[]) => new Set(xs).size === xs.length;

describe('the workshop content', () => {
  it.each([
    ['LEVELS', content.LEVELS, 4],
    ['CUSTOMER_SOURCES', content.CUSTOMER_SOURCES, 11],
    ['COMPETITOR_SOURCES', content.COMPETITOR_SOURCES, 13],
    ['KEY_QUESTIONS', content.KEY_QUESTIONS, 5],
    ['REGISTER_FIELDS', content.REGISTER_FIELDS, 5],
    ['GDPR_CHECKS', content.GDPR_CHECKS, 5],
    ['REGISTER_ANALYSES', content.REGISTER_ANALYSES, 3],
    ['PRACTICES', content.PRACTICES, 6],
    ['COMPETITOR_QUESTIONS', content.COMPETITOR_QUESTIONS, 6],
    ['DEFAULT_CRITERIA', content.DEFAULT_CRITERIA, 12],
    ['SCORES', content.SCORES, 5],
    ['GOALS', content.GOALS, 3],
    ['PERSPECTIVES', content.PERSPECTIVES, 3],
    ['STEPS', content.STEPS, 13],
  ])('%s has exactly the workshop items, each once', (_name, list, size) => {
    expect(list).toHaveLength(size);
    expect(unique(list)).toBe(true);
  });

  it('keeps the workshop order of the sources', () => {
    expect(content.CUSTOMER_SOURCES[0]).toBe('conversations');
    expect(content.CUSTOMER_SOURCES.at(-1)).toBe('customerRegister');
    expect(content.COMPETITOR_SOURCES[3]).toBe('mysteryShopping');
    expect(content.COMPETITOR_SOURCES.at(-1)).toBe('webSearch');
  });

  it('rates on 0–3 and scores the grid on 1–5', () => {
    expect(content.LEVELS).toEqual([0, 1, 2, 3]);
    expect(content.SCORES).toEqual([1, 2, 3, 4, 5]);
    expect(content.TOP_LEVEL).toBe(3);
  });

  it('places every step in a part, the two parts between the start and the closing', () => {
    const parts = content.STEPS.map((s) => content.STEP_PART[s]);
    expect(parts[0]).toBe('intro');
    expect(parts.at(-1)).toBe('closing');
    expect(parts.filter((p) => p === 'customer')).toHaveLength(6);
    expect(parts.filter((p) => p === 'competitor')).toHaveLength(5);
  });

  it('uses ids that can stand in a storage key path', () => {
    const all = [
      ...content.CUSTOMER_SOURCES,
      ...content.COMPETITOR_SOURCES,
      ...content.DEFAULT_CRITERIA,
      ...content.STEPS,
    ];
    for (const id of all) expect(id).toMatch(/^[A-Za-z0-9]+$/);
  });
});
