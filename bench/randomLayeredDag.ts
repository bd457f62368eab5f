import type { LayoutEdge } from '../src/core/layout';
import { seededRandom } from '../src/core/layout';

/** A synthetic plan graph: its size, prerequisite edges `[prerequisite, concept]` and target. */
export interface SyntheticPlan {
  readonly nodeCount: number;
  readonly edges: readonly LayoutEdge[];
  readonly target: number;
}

/** How far back (in levels) a concept may reach for a prerequisite. */
const REACH = 3;
/** Width of the window of topics a prerequisite is drawn from (the whole range is 1). */
const SPREAD = 0.5;

/**
 * A random DAG shaped like a real learning plan, for benchmarks and tests: about `4·∛n` levels,
 * each concept with 1–4 prerequisites on nearby topics from the 1–3 levels just below it (mostly
 * the nearest), and
 * one target on the last level that every concept leads to. Labels are shuffled so that node order
 * carries no hint of the levels. Deterministic for a given `nodeCount` and `seed`.
 */
export function randomLayeredDag(nodeCount: number, seed = 1): SyntheticPlan {
  const random = seededRandom(seed);
  const levels = Math.max(2, Math.min(nodeCount, Math.round(4 * Math.cbrt(nodeCount))));
  // Generation order: level by level, the target alone on the last level.
  const levelOf: number[] = [];
  for (let i = 0; i < nodeCount - 1; i++) levelOf.push(Math.floor((i * (levels - 1)) / (nodeCount - 1)));
  levelOf.push(levels - 1);
  const firstOf: number[] = [];
  levelOf.forEach((l, i) => (firstOf[l] ??= i));
  firstOf[levels] = nodeCount;
  // Concepts have a topic in [0, 1) (their place in the level); prerequisites come from nearby
  // topics, as a real subject clusters, rather than uniformly from the whole level.
  const topic = (i: number): number => (i - firstOf[levelOf[i]!]!) / (firstOf[levelOf[i]! + 1]! - firstOf[levelOf[i]!]!);
  const pick = (l: number, near: number): number => {
    const lo = firstOf[l]!;
    const size = firstOf[l + 1]! - lo;
    const t = near + (random() - 0.5) * SPREAD;
    return lo + Math.min(size - 1, Math.max(0, Math.floor(t * size)));
  };
  const raw = new Set<number>();
  const add = (a: number, b: number): void => void raw.add(a * nodeCount + b);
  const hasDependent = new Uint8Array(nodeCount);
  for (let i = 0; i < nodeCount; i++) {
    const l = levelOf[i]!;
    if (l === 0) continue;
    const count = 1 + Math.floor(random() * 4);
    for (let k = 0; k < count; k++) {
      // Nearest level half the time; never further back than REACH or level 0.
      const back = k === 0 || random() < 0.5 ? 1 : 1 + Math.floor(random() * REACH);
      const p = pick(Math.max(0, l - back), topic(i));
      add(p, i);
      hasDependent[p] = 1;
    }
  }
  // Every concept must lead to the target, as in a plan: give dead ends a dependent above them.
  for (let i = nodeCount - 2; i >= 0; i--) {
    if (hasDependent[i]) continue;
    const d = pick(Math.min(levels - 1, levelOf[i]! + 1), topic(i));
    add(i, d);
    hasDependent[i] = 1;
  }
  const label = Array.from({ length: nodeCount }, (_, i) => i);
  for (let i = nodeCount - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [label[i], label[j]] = [label[j]!, label[i]!];
  }
  const edges: LayoutEdge[] = [...raw].map((key) => [label[Math.floor(key / nodeCount)]!, label[key % nodeCount]!]);
  return { nodeCount, edges, target: label[nodeCount - 1]! };
}
