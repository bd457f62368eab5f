import type { ContentIndex } from '../model';

/** What the page paths come from: the roadmaps, courses and concept ids. */
type SiteContent = Pick<ContentIndex, 'roadmaps' | 'courses'> & { readonly concepts: readonly { readonly id: string }[] };
import { hrefFor } from '../route';

/**
 * The paths of every page that exists whatever the learner does (home, about, each roadmap,
 * concept and course), without the base: what a sitemap lists. Plans are open-ended and left out.
 */
export function sitePaths(content: SiteContent): string[] {
  return [
    hrefFor({ kind: 'home' }),
    hrefFor({ kind: 'about' }),
    ...content.roadmaps.map((r) => hrefFor({ kind: 'roadmap', id: r.id })),
    ...content.courses.map((c) => hrefFor({ kind: 'course', id: c.id })),
    ...content.concepts.map((c) => hrefFor({ kind: 'concept', id: c.id })),
  ];
}
