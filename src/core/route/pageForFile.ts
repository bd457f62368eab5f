import type { Route } from './Route';

const PAGE_FILE = /^(concepts|roadmaps|courses)\/([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;
const KIND = { concepts: 'concept', roadmaps: 'roadmap', courses: 'course' } as const;

/** The page a content file is shown on (`concepts/a.md` → the concept `a`), if it has one. */
export function pageForFile(file: string): Route | undefined {
  const match = PAGE_FILE.exec(file);
  if (!match) return undefined;
  return { kind: KIND[match[1] as keyof typeof KIND], id: match[2]! };
}
