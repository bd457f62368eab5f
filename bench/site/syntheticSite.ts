import type { SourceFile } from '../../src/core/model';
import { generateContent, syntheticId } from '../generateContent';

/** A synthetic site and the pages the site suite opens on it. */
export interface SyntheticSite {
  readonly files: readonly SourceFile[];
  /** A concept in the middle of the graph, a roadmap and a course, by id. */
  readonly concept: string;
  readonly roadmap: string;
  readonly course: string;
}

/** Concepts the measured roadmap links: the same at every size, so its page is the same page. */
const ROADMAP_LINKS = 60;

/**
 * The compile suite's synthetic content of `n` concepts (its roadmaps link every concept nothing
 * else needs) plus a four-week course and the roadmap the suite opens, so every kind of page
 * exists. That roadmap links the first 60 concepts at every size (the generated ones grow with the
 * site, up to 200 links), so the page measured at 150 and at 10,000 concepts holds the same text.
 * Ids come from the generated files, not from a build, so the suite works whatever shape the
 * build output takes.
 */
export function syntheticSite(n: number): SyntheticSite {
  const files = generateContent(n);
  const links = Array.from({ length: Math.min(n, ROADMAP_LINKS) }, (_, i) => `- [[${syntheticId(i)}]]`);
  const roadmapFile: SourceFile = {
    path: 'roadmaps/measured-roadmap.md',
    text: `---\ntitle: The measured roadmap\nsummary: The same sixty concepts at every size.\n---\n\n## Concepts\n\n${links.join('\n')}\n`,
  };
  const weeks = [0.2, 0.4, 0.6, 0.8].map(
    (at, w) => `  - title: "Week ${w + 1}"\n    targets: [${syntheticId(Math.floor(n * at))}, ${syntheticId(Math.floor(n * at) + 1)}]`,
  );
  const course: SourceFile = {
    path: 'courses/synthetic-course.md',
    text: `---\ntitle: A synthetic course\nsummary: Four weeks across the synthetic graph.\nweeks:\n${weeks.join('\n')}\n---\n\nRead one week at a time.\n`,
  };
  return {
    files: [...files, roadmapFile, course],
    concept: syntheticId(Math.floor(n / 2)),
    roadmap: 'measured-roadmap',
    course: 'synthetic-course',
  };
}
