import type { BodyAnalysis } from '../../markdown';
import type { LinkTarget } from '../../links';
import type { FileFacts } from '../FileFacts';
import type { LinkResolver } from '../../links';
import { resolveLink } from '../../links';
import { createDiagnostic } from '../../diagnostics';
import type { Diagnostic } from '../../diagnostics';

/** Per-analysis results of `bodyDiagnostics`, reused while the `ids` version is the same. */
export type BodyDiagnosticsMemo = WeakMap<BodyAnalysis, { readonly ids: number; readonly diagnostics: readonly Diagnostic[] }>;

/**
 * Diagnostics of every body analysed so far: its own (unsafe HTML, alt text, math) and its broken
 * links, checked against the current content. A roadmap without a render uses its facts' analysis.
 */
export function bodyDiagnostics(
  facts: readonly FileFacts[],
  analyses: ReadonlyMap<string, BodyAnalysis>,
  resolver: LinkResolver,
  memo: BodyDiagnosticsMemo = new WeakMap(),
  ids = -1,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const file of facts) {
    const analysis = analyses.get(file.path) ?? (file.kind === 'roadmap' ? file.analysis : undefined);
    if (!analysis) continue;
    let hit = memo.get(analysis);
    // Broken links depend on which targets exist, not on titles: the `ids` version is the key.
    if (hit === undefined || hit.ids !== ids || ids === -1) {
      hit = { ids, diagnostics: checkBody(file.path, analysis, resolver) };
      memo.set(analysis, hit);
    }
    for (const d of hit.diagnostics) diagnostics.push(d);
  }
  return diagnostics;
}

/** A quick yes for the common case of a link that exists (no messages built). */
function resolves(target: LinkTarget, resolver: LinkResolver): boolean {
  switch (target.kind) {
    case 'concept':
      return resolver.concept(target.id) !== undefined;
    case 'roadmap':
      return resolver.roadmap(target.id);
    case 'course':
      return resolver.course(target.id);
    case 'file':
      return resolver.asset(target.path);
    case 'outside':
      return false;
    default:
      return true;
  }
}

function checkBody(file: string, analysis: BodyAnalysis, resolver: LinkResolver): Diagnostic[] {
  const diagnostics = [...analysis.diagnostics];
  for (const link of analysis.links) {
    if (resolves(link.target, resolver)) continue;
    const resolution = resolveLink(link.target, link.written, resolver);
    if (resolution.kind !== 'broken') continue;
    const extras = { actual: link.written.slice(0, 200), ...(resolution.expected ? { expected: resolution.expected } : {}) };
    diagnostics.push(createDiagnostic(file, link, 'broken-link', resolution.message, extras));
  }
  return diagnostics;
}
