import type { Placement } from './Placement';
import { entropyOf, placementUncertainty } from './placementBeliefs';

/**
 * The concept to ask about next, or null when the quiz should stop: nothing askable is left, the
 * question budget is spent, or the expected share of wrongly placed concepts is below the bar.
 *
 * It picks the question whose answer is expected to leave the least uncertainty (entropy summed
 * over the plan's concepts). The sampled knowledge states make this exact for them: an answer
 * reweights each state by how likely that answer is from it, so the belief in concept x after an
 * answer about q needs only how many states hold q, x, and both. Those co-occurrence counts come
 * from one bitset column per concept. This is knowledge space theory's half-split rule with the
 * graph's reach included: the best question splits the likely states evenly and, either way it
 * is answered, settles many concepts.
 */
export function nextQuestion(placement: Placement): number | null {
  const { slip, guess, maxQuestions } = placement.options;
  if (placement.answers.length >= maxQuestions || placementUncertainty(placement) < placement.options.stopBelow) return null;
  const n = placement.ids.length;
  const m = Math.max(1, Math.floor(placement.states.length / Math.max(1, n)));
  const words = Math.ceil(m / 32);
  const columns = new Uint32Array(n * words);
  const held = new Int32Array(n);
  for (let s = 0; s < m; s++) {
    const row = s * n;
    for (let c = 0; c < n; c++) {
      if (!placement.states[row + c]) continue;
      columns[c * words + (s >>> 5)]! |= 1 << (s & 31);
      held[c]!++;
    }
  }
  let best = -1;
  let bestLeft = Infinity;
  for (let q = 0; q < n; q++) {
    if (!placement.askable[q] || placement.asked[q]) continue;
    const inQ = held[q]!;
    const outQ = m - inQ;
    // Weights of states holding q and not, after a right and after a wrong answer.
    const rightTotal = (1 - slip) * inQ + guess * outQ;
    const wrongTotal = slip * inQ + (1 - guess) * outQ;
    const pRight = rightTotal / (rightTotal + wrongTotal);
    let leftIfRight = 0;
    let leftIfWrong = 0;
    for (let x = 0; x < n; x++) {
      let both = 0;
      for (let w = 0; w < words; w++) both += popcount(columns[q * words + w]! & columns[x * words + w]!);
      const rest = held[x]! - both;
      leftIfRight += entropyOf(((1 - slip) * both + guess * rest) / rightTotal);
      leftIfWrong += entropyOf((slip * both + (1 - guess) * rest) / wrongTotal);
    }
    const left = pRight * leftIfRight + (1 - pRight) * leftIfWrong;
    if (left < bestLeft) {
      bestLeft = left;
      best = q;
    }
  }
  return best === -1 ? null : best;
}

function popcount(v: number): number {
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) >>> 0;
}
