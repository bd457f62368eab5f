import { seededRandom } from '../layout';

/** Sweeps run before sampling, so the chain forgets where it started. */
const BURN_IN = 24;
/** Sweeps between samples, after each new draw of the level. */
const SWEEPS_PER_SAMPLE = 3;

/** What the sampler needs of a placement. */
export interface SamplerInput {
  /** Direct prerequisites within the plan (the transitive reduction of `above`). */
  readonly parents: readonly Int32Array[];
  /** Direct dependents within the plan. */
  readonly children: readonly Int32Array[];
  readonly evidence: Float64Array;
  /** Each concept's level in the plan: 0 when it rests on nothing in it, else one above its highest prerequisite. */
  readonly depth: Int32Array;
}

/**
 * How sharply a learner's level separates what they know from what they don't: a concept one
 * level above it is known with odds e^-1.5 (about 1 in 5), one level below with odds e^1.5.
 */
const SLOPE = 1.5;

/**
 * Draws `count` knowledge states from the posterior by Gibbs sampling. The model: a learner has
 * come up to some level of the plan's layers (uniform before any answer) and knows concepts below
 * it more likely than not, those above it less likely; what they know is closed under
 * prerequisites. A sweep revisits each concept and, if it may join or leave without breaking
 * closure (its direct prerequisites held; none of its direct dependents held: the state is
 * closed, so direct ones suffice), sets it from the level's odds and its own answers' evidence.
 * Each sample draws its level from the answers first. The level is what lets twenty
 * answers speak for a hundred and fifty concepts; closure is what makes an answer speak for the
 * concepts above and below it. The chain starts at `from` (the last state of the previous run) or
 * from nothing known. Returns the states and each concept's share of them.
 */
export function sampleStates(
  input: SamplerInput,
  from: Uint8Array | null,
  count: number,
  seed: number,
): { readonly states: Uint8Array; readonly beliefs: Float64Array } {
  const n = input.evidence.length;
  const state = from ? from.slice() : new Uint8Array(n);
  const random = seededRandom(seed);
  let deepest = 0;
  for (const d of input.depth) deepest = Math.max(deepest, d);
  const levels = deepest + 2;
  // logPrior[t * levels + d]: log-odds that a concept at depth d is known by a learner at level t.
  const logOdds = new Float64Array(levels * levels);
  for (let t = 0; t < levels; t++) for (let d = 0; d < levels; d++) logOdds[t * levels + d] = SLOPE * (t - d - 0.5);
  // The level's posterior from the answers alone, each asked concept weighing
  // P(its answers | level) = p·e^evidence + (1 − p) (in units of P(answers | not known)). Drawn
  // afresh for every sample, so the chain never sticks at one level; closure is left to the sweeps.
  const levelWeights = new Float64Array(levels);
  let max = -Infinity;
  for (let t = 0; t < levels; t++) {
    let w = 0;
    for (let c = 0; c < n; c++) {
      const e = input.evidence[c]!;
      if (e === 0) continue;
      const p = 1 / (1 + Math.exp(-logOdds[t * levels + input.depth[c]!]!));
      w += Math.log(p * Math.exp(e) + 1 - p);
    }
    levelWeights[t] = w;
    max = Math.max(max, w);
  }
  let total = 0;
  for (let t = 0; t < levels; t++) total += levelWeights[t] = Math.exp(levelWeights[t]! - max);
  const drawLevel = (): number => {
    let pick = random() * total;
    for (let t = 0; t < levels - 1; t++) if ((pick -= levelWeights[t]!) <= 0) return t;
    return levels - 1;
  };
  let level = drawLevel();
  const sweep = () => {
    const row = level * levels;
    for (let c = 0; c < n; c++) {
      if (state[c] ? holdsAny(state, input.children[c]!) : !holdsAll(state, input.parents[c]!)) continue;
      const odds = logOdds[row + input.depth[c]!]! + input.evidence[c]!;
      state[c] = random() < 1 / (1 + Math.exp(-odds)) ? 1 : 0;
    }
  };
  for (let k = 0; k < BURN_IN; k++) sweep();
  const states = new Uint8Array(count * n);
  const held = new Float64Array(n);
  for (let s = 0; s < count; s++) {
    level = drawLevel();
    for (let k = 0; k < SWEEPS_PER_SAMPLE; k++) sweep();
    states.set(state, s * n);
    for (let c = 0; c < n; c++) held[c]! += state[c]!;
  }
  return { states, beliefs: held.map((h) => h / Math.max(1, count)) };
}

function holdsAny(state: Uint8Array, list: Int32Array): boolean {
  for (let i = 0; i < list.length; i++) if (state[list[i]!]) return true;
  return false;
}

function holdsAll(state: Uint8Array, list: Int32Array): boolean {
  for (let i = 0; i < list.length; i++) if (!state[list[i]!]) return false;
  return true;
}
