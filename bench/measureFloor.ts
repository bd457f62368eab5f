import { asConceptId } from '../src/core/model';
import type { LinkResolver } from '../src/core/links';
import { BAIL, loadYaml } from '../src/core/frontmatter';
import { renderBody } from '../src/core/markdown';
import { splitFrontMatter } from '../src/core/frontmatter';
import { parse } from 'yaml';
import { loadContent } from '../src/node/content/loadContent';

// Resolves every link to itself: the least a renderer can know, so the floor does no checking.
const ANY: LinkResolver = {
  base: '',
  concept: (id) => ({ id: asConceptId(id), title: id }),
  roadmap: () => true,
  course: () => true,
  asset: () => true,
  suggestConcept: () => undefined,
  suggestAsset: () => undefined,
};

/**
 * The floor the compiler is measured against: read the files, split and parse their front-matter
 * (the same parser the compiler uses), and render their bodies with the same Markdown pipeline, on
 * one thread, checking nothing. Returns the number of bodies rendered (so the work is not elided).
 */
export async function measureFloor(dir: string): Promise<number> {
  const files = await loadContent(dir);
  let rendered = 0;
  for (const file of files) {
    if (!file.path.endsWith('.md')) continue;
    const split = splitFrontMatter(file.text);
    if (split.yaml !== null && loadYaml(split.yaml) === BAIL) parse(split.yaml);
    rendered += renderBody({ file: file.path, text: split.body, line: split.bodyLine }, ANY).body.html.length > 0 ? 1 : 0;
  }
  return rendered;
}
