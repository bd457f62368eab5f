import { describe, expect, it } from 'vitest';
import { toConceptId } from '../../../src/core/model/toConceptId';

describe('toConceptId', () => {
  it('makes kebab-case ids from titles', () => {
    expect(toConceptId('Feed-forward Neural Nets')).toBe('feed-forward-neural-nets');
    expect(toConceptId("  Bayes' rule (discrete) ")).toBe('bayes-rule-discrete');
    expect(toConceptId('Gödel, Escher')).toBe('godel-escher');
    expect(toConceptId('!!!')).toBe('');
  });
});
