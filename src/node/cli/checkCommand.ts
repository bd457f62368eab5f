import { relative, join } from 'node:path';
import { countDiagnostics, sortDiagnostics, summariseDiagnostics } from '../../core/diagnostics';
import { formatDiagnostic } from '../../core/diagnostics';
import { compileFolder } from '../content/compileFolder';
import { contentDir } from '../content/loadContent';
import { svgAssetDiagnostics } from '../content/svgAssetDiagnostics';

/** Where output goes (the CLI passes the process's streams; tests capture them). */
export interface Output {
  out(line: string): void;
  err(line: string): void;
}

/** Console output. */
export const CONSOLE: Output = { out: (line) => console.log(line), err: (line) => console.error(line) };

/**
 * `check [--json]`: compiles the content folder (`CONTENT_DIR` or `./content`) and prints every
 * diagnostic as `path:line:col severity message [rule-id]` with paths relative to the working
 * directory, then a summary. Returns the exit code: 1 when there is any error, else 0.
 */
export async function checkCommand(args: readonly string[], output: Output = CONSOLE, env = process.env): Promise<number> {
  const json = args.includes('--json');
  const unknown = args.filter((a) => a !== '--json');
  if (unknown.length > 0) {
    output.err(`check: unknown argument \`${unknown[0]}\`; usage: check [--json]`);
    return 2;
  }
  const dir = contentDir(env);
  let compiled;
  try {
    compiled = await compileFolder(dir);
  } catch (error) {
    output.err(`check: cannot read the content folder \`${dir}\`: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const { result, files } = compiled;
  // The compiler sees asset paths only; what sanitising takes out of each SVG needs its text.
  const found = sortDiagnostics([...result.diagnostics, ...(await svgAssetDiagnostics(dir, compiled.assets))]);
  const pathOf = (file: string) => relative(process.cwd(), join(dir, file)) || file;
  const counts = countDiagnostics(found);
  if (json) {
    const diagnostics = found.map((d) => ({ ...d, path: pathOf(d.file) }));
    output.out(JSON.stringify({ contentDir: dir, files, errors: counts.errors, warnings: counts.warnings, diagnostics }, null, 2));
  } else {
    for (const d of found) output.out(formatDiagnostic(d, pathOf(d.file)));
    const mark = counts.errors > 0 ? '✖' : counts.warnings > 0 ? '⚠' : '✔';
    const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
    const sizes = `${n(files, 'file')}, ${n(result.concepts.length, 'concept')}, ${n(result.roadmaps.length, 'roadmap')}`;
    output.out(`${mark} ${summariseDiagnostics(counts)} (${sizes})`);
  }
  return counts.errors > 0 ? 1 : 0;
}
