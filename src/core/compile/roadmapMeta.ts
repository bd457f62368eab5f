import type { RoadmapMeta } from '../model';
import type { ConceptId } from '../model';
import type { RoadmapFacts } from './FileFacts';
import type { LinkResolver } from '../links';

/** A roadmap's metadata: its fields plus the concepts its body links to, in order of first link. */
export function roadmapMeta(facts: RoadmapFacts, resolver: LinkResolver): RoadmapMeta {
  const seen = new Set<string>();
  const concepts: ConceptId[] = [];
  for (const link of facts.analysis.links) {
    if (link.image || link.target.kind !== 'concept') continue;
    const found = resolver.concept(link.target.id);
    if (!found || seen.has(found.id)) continue;
    seen.add(found.id);
    concepts.push(found.id);
  }
  return { id: facts.id, file: facts.path, ...facts.fields, concepts };
}
