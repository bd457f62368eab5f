import type { ConceptNode } from '../model';
import type { GraphData, GraphDataNode } from './GraphData';

/**
 * The graph file's contents for `nodes`. Prerequisites the site does not have are left out (the
 * compiler reported them; the graph drops them anyway), so every index points at a node.
 */
export function encodeGraph(nodes: readonly ConceptNode[]): GraphData {
  const index = new Map<string, number>();
  for (const [i, node] of nodes.entries()) if (!index.has(node.id)) index.set(node.id, i);
  return {
    version: 1,
    nodes: nodes.map((node): GraphDataNode => {
      const p: number[] = [];
      const r: Record<string, string> = {};
      const h: Record<string, string> = {};
      for (const prerequisite of node.prerequisites) {
        const j = index.get(prerequisite.id);
        if (j === undefined) continue;
        if (prerequisite.reason !== undefined) r[p.length] = prerequisite.reason;
        if (prerequisite.reasonHtml !== undefined) h[p.length] = prerequisite.reasonHtml;
        p.push(j);
      }
      return {
        i: node.id,
        t: node.title,
        e: node.estimate,
        ...(p.length > 0 ? { p } : {}),
        ...(Object.keys(r).length > 0 ? { r } : {}),
        ...(Object.keys(h).length > 0 ? { h } : {}),
        ...(node.aliases.length > 0 ? { a: node.aliases } : {}),
        ...(node.quizCheck !== undefined ? { q: node.quizCheck } : {}),
      };
    }),
  };
}
