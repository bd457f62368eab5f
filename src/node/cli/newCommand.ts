import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { isConceptId } from '../../core/model';
import { toConceptId } from '../../core/model';
import { contentDir } from '../content/loadContent';
import { CONSOLE, type Output } from './checkCommand';
import { scaffold, type ScaffoldKind } from './scaffold';

const KINDS: readonly ScaffoldKind[] = ['concept', 'roadmap', 'course'];

const NEW_USAGE = `usage: new concept|roadmap|course "Title" [--id <id>]
       new site <folder> ["Site title"]`;

/**
 * `new concept|roadmap|course "Title" [--id <id>]`: writes `<content>/<kind>s/<id>.md` with every
 * field ready to fill in; the id is `--id`, else the title in kebab-case. `new site <folder>`:
 * a new content folder (`newSite`). Refuses to overwrite an existing file. Returns the exit code.
 */
export async function newCommand(args: readonly string[], output: Output = CONSOLE, env = process.env): Promise<number> {
  const { words, id: givenId, error } = readIdOption(args.slice(1));
  const kind = args[0];
  const title = words.join(' ').trim();
  if (kind === 'site' && givenId === undefined && !error && words.length > 0) {
    const { newSite } = await import('./newSite');
    return newSite(words[0]!, words.slice(1).join(' ').trim(), output);
  }
  if (!KINDS.includes(kind as ScaffoldKind) || title === '' || error) {
    output.err(error ? `new: ${error}\n${NEW_USAGE}` : NEW_USAGE);
    return 2;
  }
  if (givenId !== undefined && !isConceptId(givenId)) {
    output.err(
      `new: expected \`--id\` to be lower-case kebab-case (letters, digits, single dashes) such as \`gradient-descent\`, found \`${givenId}\`.`,
    );
    return 2;
  }
  const id = givenId ?? toConceptId(title);
  if (id === '') {
    output.err(
      `new: cannot make a file name from \`${title}\`; give one with \`--id\`: \`npm run new -- ${kind} "${title}" --id <id>\`, the id in lower-case kebab-case such as \`gradient-descent\`.`,
    );
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

/** Splits `--id <id>` (or `--id=<id>`) from the other words; an error when it is given without an id or twice. */
function readIdOption(args: readonly string[]): { words: string[]; id?: string; error?: string } {
  const words: string[] = [];
  let id: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg !== '--id' && !arg.startsWith('--id=')) {
      words.push(arg);
      continue;
    }
    const value = arg === '--id' ? args[++i] : arg.slice('--id='.length);
    if (value === undefined || value === '' || value.startsWith('--')) return { words, error: '`--id` needs an id after it.' };
    if (id !== undefined) return { words, error: '`--id` is given twice.' };
    id = value;
  }
  return id === undefined ? { words } : { words, id };
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
