import { describe, expect, it } from 'vitest';
import { placementCheckIndex } from '../../../src/core/placement';

const recall = { kind: 'recall', question: 'Why?', answer: 'Because.' } as const;
const choice = { kind: 'choice', question: 'Which?', choices: ['a', 'b'], correct: 1 } as const;

describe('placementCheckIndex', () => {
  it('picks the first multiple-choice check, after any recall ones', () => {
    expect(placementCheckIndex({ checks: [recall, choice, { ...choice, correct: 0 }] })).toBe(1);
    expect(placementCheckIndex({ checks: [choice] })).toBe(0);
  });

  it('is -1 for a concept with only recall checks, or none', () => {
    expect(placementCheckIndex({ checks: [recall] })).toBe(-1);
    expect(placementCheckIndex({ checks: [] })).toBe(-1);
    expect(placementCheckIndex({})).toBe(-1);
  });
});
