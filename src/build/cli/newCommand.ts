import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { toConceptId } from '../../core/content/toConceptId';
import { contentDir } from '../loadContent';
import { CONSOLE, type Output } from './checkCommand';
import { scaffold, type ScaffoldKind } from './scaffold';

const KINDS: readonly ScaffoldKind[] = ['concept', 'roadmap'];

/**
 * `new concept|roadmap "Title"`: writes `<content>/<kind>s/<kebab-id>.md` with every field ready to
 * fill in. Refuses to overwrite an existing file. Returns the exit code.
 */
export async function newCommand(args: readonly string[], output: Output = CONSOLE, env = process.env): Promise<number> {
  const [kind, ...words] = args;
  const title = words.join(' ').trim();
  if (!KINDS.includes(kind as ScaffoldKind) || title === '') {
    output.err('usage: new concept|roadmap "Title"');
    return 2;
  }
  const id = toConceptId(title);
  if (id === '') {
    output.err(`new: cannot make a file name from \`${title}\`; use letters or digits.`);
    return 2;
  }
  const file = join(contentDir(env), `${kind}s`, `${id}.md`);
  const shown = relative(process.cwd(), file) || file;
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, scaffold(kind as ScaffoldKind, title), { flag: 'wx' });
  } catch (error) {
    const exists = (error as NodeJS.ErrnoException).code === 'EEXIST';
    output.err(exists ? `new: \`${shown}\` already exists; not overwriting it.` : `new: cannot write \`${shown}\`: ${String(error)}`);
    return 1;
  }
  output.out(`Created ${shown}`);
  return 0;
}
