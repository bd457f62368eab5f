import { describe, expect, it } from 'vitest';
import { confidenceWords } from '../../../src/ui/placement/confidenceWords';

describe('confidenceWords', () => {
  it('measures the belief against the conclusion it supports', () => {
    expect(confidenceWords(0.93, true)).toBe('very likely · 93%');
    expect(confidenceWords(0.2, false)).toBe('likely · 80%');
    expect(confidenceWords(0.45, false)).toBe('unsure · 55%');
  });

  it('never claims certainty', () => {
    expect(confidenceWords(1, true)).toBe('very likely · 99%');
    expect(confidenceWords(0, false)).toBe('very likely · 99%');
  });
});
