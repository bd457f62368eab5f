import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildGraph } from '../../../src/core/graph';
import {
  answerPlacement,
  answerPlacementAll,
  createPlacement,
  nextQuestion,
  placementConclusions,
  placementUncertainty,
} from '../../../src/core/placement';
import { seededRandom } from '../../../src/core/layout';
import { graphOf } from '../planner/graphOf';
import { randomDag } from '../planner/randomGraph';

// a → b → d, a → c → d, e alone; d also needs e.
const diamond = graphOf({ a: [], b: ['a'], c: ['a'], e: [], d: ['b', 'c', 'e'] });
const all = () => true;

describe('createPlacement', () => {
  it('relates the plan’s concepts transitively, keeping only direct prerequisites as parents', () => {
    const p = createPlacement(diamond, ['a', 'b', 'c', 'e', 'd'], all);
    const names = (list: Int32Array) => Array.from(list, (i) => p.ids[i]).sort();
    expect(names(p.above[4]!)).toEqual(['a', 'b', 'c', 'e']);
    expect(names(p.parents[4]!)).toEqual(['b', 'c', 'e']);
    expect(names(p.below[0]!)).toEqual(['b', 'c', 'd']);
    expect(Array.from(p.depth)).toEqual([0, 1, 1, 0, 2]);
  });

  it('keeps a relation that runs through a concept outside the plan', () => {
    // b is known, so the plan for d is a, d; d still rests on a through b.
    const p = createPlacement(graphOf({ a: [], b: ['a'], d: ['b'] }), ['a', 'd'], all);
    expect(Array.from(p.above[1]!)).toEqual([0]);
  });

  it('asks only concepts with an auto-graded check, and nothing when there is none', () => {
    const p = createPlacement(diamond, ['a', 'b', 'c', 'e', 'd'], (id) => id === 'c');
    expect(nextQuestion(p)).toBe(2);
    expect(nextQuestion(createPlacement(diamond, ['a', 'b'], () => false))).toBeNull();
  });

  it('starts every concept in doubt, more likely known the lower it sits', () => {
    const p = createPlacement(diamond, ['a', 'b', 'c', 'e', 'd'], all, { samples: 2000 });
    for (const belief of p.beliefs) expect(belief).toBeGreaterThan(0.05);
    for (const belief of p.beliefs) expect(belief).toBeLessThan(0.95);
    expect(p.beliefs[0]!).toBeGreaterThan(p.beliefs[4]!);
  });
});

describe('answerPlacement', () => {
  it('is deterministic: the same answers give the same beliefs', () => {
    const start = createPlacement(diamond, ['a', 'b', 'c', 'e', 'd'], all);
    const one = answerPlacement(answerPlacement(start, 4, true), 0, false);
    const two = answerPlacement(answerPlacement(start, 4, true), 0, false);
    expect(Array.from(one.beliefs)).toEqual(Array.from(two.beliefs));
  });

  it('never believes a concept known without what it rests on (every sampled state is closed)', () => {
    fc.assert(
      fc.property(randomDag(12), fc.array(fc.boolean(), { maxLength: 6 }), ({ ids, metas }, answers) => {
        let p = createPlacement(buildGraph(metas), ids, all, { samples: 64 });
        answers.forEach((correct, k) => (p = answerPlacement(p, k % ids.length, correct)));
        const n = p.ids.length;
        for (let s = 0; s < p.options.samples; s++) {
          for (let q = 0; q < n; q++) {
            if (!p.states[s * n + q]) continue;
            for (const a of p.above[q]!) expect(p.states[s * n + a]).toBe(1);
          }
        }
      }),
      { seed: 7, numRuns: 40 },
    );
  });

  it('a correct answer does not lower belief in anything the concept rests on (beyond sampling noise)', () => {
    fc.assert(
      fc.property(randomDag(10), fc.nat(), ({ ids, metas }, pick) => {
        const p = createPlacement(buildGraph(metas), ids, all, { samples: 3000 });
        const q = pick % p.ids.length;
        const after = answerPlacement(p, q, true);
        expect(after.beliefs[q]!).toBeGreaterThan(p.beliefs[q]! - 0.05);
        for (const a of p.above[q]!) expect(after.beliefs[a]!).toBeGreaterThan(p.beliefs[a]! - 0.05);
      }),
      { seed: 11, numRuns: 25 },
    );
  });

  it('a wrong answer lowers belief in the concept and in what is built on it', () => {
    const p = createPlacement(diamond, ['a', 'b', 'c', 'e', 'd'], all, { samples: 2000 });
    const after = answerPlacement(answerPlacement(p, 1, false), 1, false);
    expect(after.beliefs[1]!).toBeLessThan(p.beliefs[1]! - 0.1);
    expect(after.beliefs[4]!).toBeLessThan(p.beliefs[4]!);
  });

  it('records answers in a batch as one by one would', () => {
    const p = createPlacement(diamond, ['a', 'b', 'c', 'e', 'd'], all);
    const batch = answerPlacementAll(p, [
      { index: 0, correct: true },
      { index: 4, correct: false },
    ]);
    expect(batch.answers).toEqual([
      { id: 'a', correct: true },
      { id: 'd', correct: false },
    ]);
    expect(Array.from(batch.asked)).toEqual([1, 0, 0, 0, 1]);
  });
});

describe('nextQuestion', () => {
  it('ends: never asks a concept twice, and stops within the budget', () => {
    fc.assert(
      fc.property(randomDag(16), fc.integer({ min: 1, max: 1000 }), ({ ids, metas }, seed) => {
        const random = seededRandom(seed);
        let p = createPlacement(buildGraph(metas), ids, all, { samples: 64, maxQuestions: 12 });
        const asked = new Set<number>();
        for (let q = nextQuestion(p); q !== null; q = nextQuestion(p)) {
          expect(asked.has(q)).toBe(false);
          asked.add(q);
          p = answerPlacement(p, q, random() < 0.5);
        }
        expect(asked.size).toBeLessThanOrEqual(Math.min(12, ids.length));
      }),
      { seed: 3, numRuns: 30 },
    );
  });

  it('places learners better the more it asks (random plans, learners closed under prerequisites)', () => {
    const accuracyAfter = (questions: number) => {
      let right = 0;
      let total = 0;
      fc.sample(randomDag(30), { seed: 5, numRuns: 40 }).forEach(({ ids, metas }, run) => {
        const random = seededRandom(run + 1);
        let p = createPlacement(buildGraph(metas), ids, all, { samples: 128, stopBelow: 0 });
        // The truth: a random closed set (each concept known with all it rests on, or not at all).
        const knows = new Uint8Array(p.ids.length);
        const cut = random();
        p.ids.forEach((_, q) => {
          if (p.depth[q]! / 6 < cut) knows[q] = 1;
        });
        p.ids.forEach((_, q) => {
          if (knows[q]) for (const a of p.above[q]!) knows[a] = 1;
        });
        for (let k = 0; k < questions; k++) {
          const q = nextQuestion(p);
          if (q === null) break;
          p = answerPlacement(p, q, random() < (knows[q] ? 0.9 : 0.25));
        }
        placementConclusions(p).forEach((known, q) => {
          total++;
          if (known === (knows[q] === 1)) right++;
        });
      });
      return right / total;
    };
    const none = accuracyAfter(0);
    const some = accuracyAfter(2);
    const more = accuracyAfter(12);
    expect(some).toBeGreaterThan(none);
    expect(more).toBeGreaterThanOrEqual(some);
    expect(more).toBeGreaterThan(0.85);
  });

  it('stops once the expected share of misplaced concepts is below the bar', () => {
    let p = createPlacement(diamond, ['a', 'b', 'c', 'e', 'd'], all, { stopBelow: 0.2 });
    for (let q = nextQuestion(p); q !== null; q = nextQuestion(p)) p = answerPlacement(p, q, true);
    expect(placementUncertainty(p) < 0.2 || p.asked.every((x) => x === 1)).toBe(true);
  });
});
