import type { HeadPage } from '../../core/site';
import type { BuiltContent } from '../vite/buildContent';

/** A page the build prerenders: where it goes and its head (what it is made from: `pageNeeds`). */
export interface SitePage {
  /** Path without the base (`/concepts/x`). */
  readonly path: string;
  /** Output file under the build folder (`concepts/x.html`). */
  readonly file: string;
  readonly head: HeadPage;
}

/**
 * Every page that exists whatever the learner does: home, about, each roadmap, concept and course.
 * Plans are open-ended and render in the browser (through `404.html`). Ids are safe in paths: the
 * compiler only accepts lower-case words joined by dashes.
 */
export function sitePages(content: BuiltContent): SitePage[] {
  const { index, conceptData } = content;
  const pages: SitePage[] = [
    { path: '/', file: 'index.html', head: { path: '/', kind: 'home' } },
    { path: '/about', file: 'about.html', head: { path: '/about', kind: 'about', title: 'About' } },
  ];
  for (const roadmap of index.roadmaps) {
    const path = `/roadmaps/${roadmap.id}`;
    const head = { path, kind: 'roadmap' as const, title: roadmap.title, description: roadmap.summary };
    pages.push({ path, file: `roadmaps/${roadmap.id}.html`, head });
  }
  for (const [id, data] of conceptData) {
    const path = `/concepts/${id}`;
    const head = { path, kind: 'concept' as const, title: data.concept.title, description: data.concept.summary };
    pages.push({ path, file: `concepts/${id}.html`, head });
  }
  for (const course of index.courses) {
    const path = `/courses/${course.id}`;
    const head = { path, kind: 'course' as const, title: course.title, description: course.summary };
    pages.push({ path, file: `courses/${course.id}.html`, head });
  }
  return pages;
}
