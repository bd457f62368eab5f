import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { isConceptId } from '../../core/model';
import { toConceptId } from '../../core/model';
import { contentDir } from '../content/loadContent';
import { CONSOLE, type Output } from './checkCommand';
import { scaffold, type ScaffoldKind } from './scaffold';

const KINDS: readonly ScaffoldKind[] = ['concept', 'roadmap', 'course'];

/**
 * `new concept|roadmap|course "Title"`: writes `<content>/<kind>s/<kebab-id>.md` with every field
 * ready to fill in. Refuses to overwrite an existing file. Returns the exit code.
 */
export async function newCommand(args: readonly string[], output: Output = CONSOLE, env = process.env): Promise<number> {
  const [kind, ...words] = args;
  const title = words.join(' ').trim();
  if (!KINDS.includes(kind as ScaffoldKind) || title === '') {
    output.err('usage: new concept|roadmap|course "Title"');
    return 2;
  }
  const id = toConceptId(title);
  if (id === '') {
    output.err(`new: cannot make a file name from \`${title}\`; use letters or digits.`);
    return 2;
  }
  const dir = contentDir(env);
  const file = join(dir, `${kind}s`, `${id}.md`);
  // A course's first week needs a concept that exists, so the new file passes `check` at once.
  const concepts = kind === 'course' ? await conceptIds(dir) : [];
  const shown = relative(process.cwd(), file) || file;
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, scaffold(kind as ScaffoldKind, title, concepts), { flag: 'wx' });
  } catch (error) {
    const exists = (error as NodeJS.ErrnoException).code === 'EEXIST';
    output.err(exists ? `new: \`${shown}\` already exists; not overwriting it.` : `new: cannot write \`${shown}\`: ${String(error)}`);
    return 1;
  }
  output.out(`Created ${shown}`);
  return 0;
}

/** The content's concept ids, sorted (none when there is no concepts folder). */
async function conceptIds(dir: string): Promise<string[]> {
  const names = await readdir(join(dir, 'concepts')).catch(() => [] as string[]);
  return names
    .filter((n) => n.endsWith('.md'))
    .map((n) => n.slice(0, -3))
    .filter(isConceptId)
    .sort();
}
