import { describe, expect, it } from 'vitest';
import { answerPlacement, createPlacement, nextQuestion, skipQuestion } from '../../../src/core/placement';
import { graphOf } from '../planner/graphOf';

// a → b → d, a → c → d, e alone; d also needs e.
const diamond = graphOf({ a: [], b: ['a'], c: ['a'], e: [], d: ['b', 'c', 'e'] });
const ids = ['a', 'b', 'c', 'e', 'd'];

describe('skipQuestion', () => {
  it('moves the chooser on to another concept and never back to the skipped one', () => {
    let p = createPlacement(diamond, ids, () => true);
    const first = nextQuestion(p)!;
    p = skipQuestion(p, first);
    const second = nextQuestion(p);
    expect(second).not.toBeNull();
    expect(second).not.toBe(first);
    // Later answers keep the concept out of the questions.
    p = answerPlacement(p, second!, true);
    expect(p.askable[first]).toBe(0);
    for (let q = nextQuestion(p); q !== null; q = nextQuestion(p)) {
      expect(q).not.toBe(first);
      p = answerPlacement(p, q, true);
    }
  });

  it('is no evidence: beliefs, answers and what was asked stay as they were', () => {
    const p = createPlacement(diamond, ids, () => true);
    const skipped = skipQuestion(p, 4);
    expect(Array.from(skipped.beliefs)).toEqual(Array.from(p.beliefs));
    expect(skipped.answers).toEqual([]);
    expect(Array.from(skipped.asked)).toEqual([0, 0, 0, 0, 0]);
    // The original is untouched (placements are immutable).
    expect(p.askable[4]).toBe(1);
  });

  it('stops the quiz once every askable concept is skipped', () => {
    let p = createPlacement(diamond, ids, (id) => id === 'b' || id === 'd');
    p = skipQuestion(skipQuestion(p, 1), 4);
    expect(nextQuestion(p)).toBeNull();
    expect(skipQuestion(p, 1)).toBe(p);
  });
});
