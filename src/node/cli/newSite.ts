import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { toConceptId } from '../../core/model';
import type { Output } from './checkCommand';
import { scaffold } from './scaffold';
import { scaffoldSite } from './scaffoldSite';

// The starter files: a concept, a roadmap linking it and a course whose week targets it, so
// `check` finds no errors and warns only about the placeholders left to replace.
const CONCEPT = { id: 'first-concept', title: 'First concept' };
const ROADMAP = { id: 'getting-started', title: 'Getting started' };
const COURSE = { id: 'first-course', title: 'First course' };

/**
 * `new site <folder> ["Site title"]`: writes a `site.yaml` and a starter concept, roadmap and
 * course into a new or empty folder (the title defaults to the folder's name). Refuses a folder
 * that has anything in it. Returns the exit code.
 */
export async function newSite(folder: string, title: string, output: Output): Promise<number> {
  const dir = resolve(folder);
  const shown = relative(process.cwd(), dir) || '.';
  const entries = await readdir(dir).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? [] : error));
  if (!Array.isArray(entries) || entries.length > 0) {
    const why = Array.isArray(entries) ? 'is not empty' : `cannot be used: ${String(entries)}`;
    output.err(`new: \`${shown}\` ${why}; give a new or empty folder, so nothing is overwritten.`);
    return 1;
  }
  const files: [string, string][] = [
    ['site.yaml', scaffoldSite(title || titleFromFolder(dir), ROADMAP.id)],
    [`concepts/${CONCEPT.id}.md`, scaffold('concept', CONCEPT.title)],
    [`roadmaps/${ROADMAP.id}.md`, scaffold('roadmap', ROADMAP.title, [CONCEPT.id])],
    [`courses/${COURSE.id}.md`, scaffold('course', COURSE.title, [CONCEPT.id])],
  ];
  try {
    for (const sub of ['concepts', 'roadmaps', 'courses']) await mkdir(join(dir, sub), { recursive: true });
    for (const [path, text] of files) await writeFile(join(dir, path), text, { flag: 'wx' });
  } catch (error) {
    output.err(`new: cannot write into \`${shown}\`: ${String(error)}`);
    return 1;
  }
  output.out(`Created ${files.map(([path]) => join(shown, path)).join(', ')}.`);
  const env = `CONTENT_DIR=${/[^\w./-]/.test(shown) ? `'${shown}'` : shown}`;
  output.out(`Next: \`${env} npm run dev\` to see it, \`${env} npm run check\` for what is left to fill in.`);
  return 0;
}

/** `my-notes` → `My notes`; `Roadmaps` when the name has no letters or digits to use. */
function titleFromFolder(dir: string): string {
  const words = toConceptId(basename(dir)).replace(/-/g, ' ');
  return words === '' ? 'Roadmaps' : words[0]!.toUpperCase() + words.slice(1);
}
