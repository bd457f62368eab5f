import type { ConceptId } from '../model';
import type { LinkTarget } from './classifyHref';
import type { LinkResolver } from './LinkResolver';
import { toConceptId } from '../model';

/** Where a link goes once the content is known; `broken` carries the one-sentence message. */
export type Resolution =
  | { readonly kind: 'concept'; readonly href: string; readonly id: ConceptId; readonly title: string }
  | { readonly kind: 'page' | 'asset'; readonly href: string }
  | { readonly kind: 'external' | 'unchanged' }
  | { readonly kind: 'unsafe' }
  | { readonly kind: 'broken'; readonly message: string; readonly expected?: string };

const SECTION = { roadmap: 'roadmaps', course: 'courses' } as const;

/** Resolves a classified link; `written` is the link as the author wrote it, for messages. */
export function resolveLink(target: LinkTarget, written: string, resolver: LinkResolver): Resolution {
  switch (target.kind) {
    case 'concept': {
      const found = resolver.concept(target.id);
      if (found) return { kind: 'concept', href: `${resolver.base}/concepts/${found.id}${target.hash}`, id: found.id, title: found.title };
      const guess = kebabGuess(target.id, resolver) ?? resolver.suggestConcept(target.id);
      const hint = guess ? `; did you mean \`${guess}\`?` : '.';
      return {
        kind: 'broken',
        message: `Expected a link to an existing concept, found \`${written}\`${hint}`,
        ...(guess ? { expected: guess } : {}),
      };
    }
    case 'roadmap':
    case 'course': {
      const exists = target.kind === 'roadmap' ? resolver.roadmap(target.id) : resolver.course(target.id);
      if (exists) return { kind: 'page', href: `${resolver.base}/${SECTION[target.kind]}/${target.id}${target.hash}` };
      return { kind: 'broken', message: `Expected a link to an existing ${target.kind}, found \`${written}\`.` };
    }
    case 'file': {
      if (resolver.asset(target.path)) return { kind: 'asset', href: `${resolver.base}/content/${encodeURI(target.path)}${target.hash}` };
      const guess = resolver.suggestAsset(target.path);
      const hint = guess ? `; did you mean \`${guess}\`?` : '.';
      return { kind: 'broken', message: `Expected a file at \`${target.path}\` (linked as \`${written}\`), found none${hint}` };
    }
    case 'outside':
      return { kind: 'broken', message: `Expected a link inside the content folder, found \`${written}\`.` };
    case 'external':
      return { kind: 'external' };
    case 'unsafe':
      return { kind: 'unsafe' };
    case 'anchor':
    case 'site':
      return { kind: 'unchanged' };
  }
}

// `[[Chain Rule]]` → `chain-rule` when that concept exists.
function kebabGuess(text: string, resolver: LinkResolver): string | undefined {
  const id = toConceptId(text);
  return id && id !== text && resolver.concept(id) ? id : undefined;
}
