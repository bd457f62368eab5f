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

/**
 * The compile suite's synthetic content of `n` concepts (its roadmaps link every concept nothing
 * else needs) plus a four-week course, so every kind of page exists. Ids come from the generated
 * files, not from a build, so the suite works whatever shape the build output takes.
 */
export function syntheticSite(n: number): SyntheticSite {
  const files = generateContent(n);
  const roadmap = files.map((f) => /^roadmaps\/(.+)\.md$/.exec(f.path)?.[1]).find((id) => id !== undefined);
  if (!roadmap) throw new Error(`site: the synthetic content of ${n} concepts has no roadmap`);
  const weeks = [0.2, 0.4, 0.6, 0.8].map(
    (at, w) => `  - title: "Week ${w + 1}"\n    targets: [${syntheticId(Math.floor(n * at))}, ${syntheticId(Math.floor(n * at) + 1)}]`,
  );
  const course: SourceFile = {
    path: 'courses/synthetic-course.md',
    text: `---\ntitle: A synthetic course\nsummary: Four weeks across the synthetic graph.\nweeks:\n${weeks.join('\n')}\n---\n\nRead one week at a time.\n`,
  };
  return { files: [...files, course], concept: syntheticId(Math.floor(n / 2)), roadmap, course: 'synthetic-course' };
}
