import { isConceptId, type ConceptId, type ConceptNode, type Prerequisite } from '../model';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringRecord = (value: unknown): value is Record<string, string> =>
  isRecord(value) && Object.values(value).every((v) => typeof v === 'string');

/**
 * The concept nodes a downloaded graph file holds, or a message saying what is wrong with it. The
 * file comes from the build, but it crosses the network: a damaged one must not reach the planner.
 */
export function decodeGraph(data: unknown): readonly ConceptNode[] | string {
  if (!isRecord(data) || data.version !== 1 || !Array.isArray(data.nodes)) return 'The graph file is not one this app can read.';
  const raw: readonly unknown[] = data.nodes;
  const ids: ConceptId[] = [];
  for (const entry of raw) {
    if (!isRecord(entry) || typeof entry.i !== 'string' || !isConceptId(entry.i)) return 'The graph file has an entry without a valid id.';
    ids.push(entry.i);
  }
  const nodes: ConceptNode[] = [];
  for (const [n, entry] of raw.entries()) {
    const { t, e, p = [], r = {}, h = {}, a = [], q } = entry as Record<string, unknown>;
    const id = ids[n]!;
    if (typeof t !== 'string' || typeof e !== 'number' || !Number.isFinite(e) || e < 0)
      return `The graph file's entry for ${id} is damaged.`;
    if (!Array.isArray(p) || !isStringRecord(r) || !isStringRecord(h) || !Array.isArray(a))
      return `The graph file's entry for ${id} is damaged.`;
    const prerequisites: Prerequisite[] = [];
    for (const [k, j] of (p as unknown[]).entries()) {
      const target = typeof j === 'number' ? ids[j] : undefined;
      if (target === undefined) return `The graph file's entry for ${id} names a prerequisite it does not have.`;
      const reason = r[k];
      const reasonHtml = h[k];
      prerequisites.push({ id: target, ...(reason !== undefined ? { reason } : {}), ...(reasonHtml !== undefined ? { reasonHtml } : {}) });
    }
    const aliases = (a as unknown[]).filter((alias): alias is ConceptId => typeof alias === 'string' && isConceptId(alias));
    nodes.push({
      id,
      title: t,
      estimate: e,
      prerequisites,
      aliases,
      ...(typeof q === 'number' && Number.isInteger(q) && q >= 0 ? { quizCheck: q } : {}),
    });
  }
  return nodes;
}
