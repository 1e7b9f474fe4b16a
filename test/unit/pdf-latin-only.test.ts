import { describe, expect, it } from 'vitest';
import '../../src/pdf';
import { textSteps } from '../../src/pdf/latin-only';

describe('the PDF code', () => {
  it('draws text without running the Arabic shaping on it first', () => {
    expect(textSteps()).toBe(0);
  });
});
