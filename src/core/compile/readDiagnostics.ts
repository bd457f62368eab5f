import { createDiagnostic, FILE_START, type Diagnostic, type Place } from '../diagnostics';
import type { SourceFile } from '../model';

/**
 * Above this many characters a file gets a `file-too-large` warning: rendering costs about five
 * seconds a million characters of ordinary Markdown, more for long runs of lists.
 */
export const FILE_SIZE_BUDGET = 1_000_000;
/** Above this many characters the body is not rendered at all (an error), so `check` stays fast. */
export const FILE_SIZE_LIMIT = 2_000_000;

/** What reading a file found: its diagnostics, and what of it the compiler must leave out. */
export interface ReadCheck {
  readonly diagnostics: readonly Diagnostic[];
  /** Nothing was read (a symbolic link, an unreadable file): the file is not compiled. */
  readonly skipped: boolean;
  /** The body is too large to render: only the front-matter is compiled. */
  readonly bodyTooLarge: boolean;
}

const NOTHING: ReadCheck = { diagnostics: [], skipped: false, bodyTooLarge: false };

const REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  EIO: 'an input/output error',
};

const count = (n: number) => n.toLocaleString('en-GB');

/**
 * The diagnostics about a file as read rather than as written: what the reader reported
 * (`file.problem`) and, for a file whose body is rendered (`rendered`), its size.
 */
export function readDiagnostics(file: SourceFile, rendered: boolean): ReadCheck {
  const { path, text, problem } = file;
  if (problem?.kind === 'symlink') {
    const to = problem.target === undefined ? '' : ` to \`${problem.target}\``;
    const message = `Expected a real file or folder inside the content folder, found a symbolic link${to}; it is skipped, since content must be real files inside the folder (copy or move the file here instead).`;
    return {
      diagnostics: [createDiagnostic(path, FILE_START, 'symlink', message, { actual: problem.target })],
      skipped: true,
      bodyTooLarge: false,
    };
  }
  if (problem?.kind === 'unreadable') {
    const reason = REASONS[problem.code] ?? 'an error';
    const message = `Expected a file that can be read, found one that cannot (\`${problem.code}\`: ${reason}); it is skipped: check its permissions.`;
    return {
      diagnostics: [createDiagnostic(path, FILE_START, 'unreadable-file', message, { actual: problem.code })],
      skipped: true,
      bodyTooLarge: false,
    };
  }
  const diagnostics: Diagnostic[] = [];
  if (problem?.kind === 'encoding') {
    const at = placeOf(text, problem.offset);
    const byte = `0x${problem.byte.toString(16).toUpperCase().padStart(2, '0')}`;
    const message = `Expected UTF-8 text, found the byte \`${byte}\`, which is not UTF-8 (the file was probably saved as Latin-1 or Windows-1252); each invalid byte is shown as �: save the file as UTF-8.`;
    diagnostics.push(createDiagnostic(path, at, 'encoding', message, { actual: byte }));
  }
  const tooLarge = rendered && text.length > FILE_SIZE_LIMIT;
  if (tooLarge) {
    const message = `Expected a file of at most ${count(FILE_SIZE_LIMIT)} characters, found ${count(text.length)}; its body is not rendered: split it into several files.`;
    diagnostics.push(createDiagnostic(path, FILE_START, 'file-too-large', message, { severity: 'error', actual: String(text.length) }));
  } else if (rendered && text.length > FILE_SIZE_BUDGET) {
    const message = `Expected a file of at most ${count(FILE_SIZE_BUDGET)} characters, found ${count(text.length)}; it slows \`check\` and its page: split it into several files.`;
    diagnostics.push(createDiagnostic(path, FILE_START, 'file-too-large', message, { actual: String(text.length) }));
  }
  return diagnostics.length === 0 ? NOTHING : { diagnostics, skipped: false, bodyTooLarge: tooLarge };
}

/** The 1-based line and column of UTF-16 offset `offset` in `text`. */
function placeOf(text: string, offset: number): Place {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  let line = 1;
  for (let i = before.indexOf('\n'); i !== -1; i = before.indexOf('\n', i + 1)) line++;
  return { line, column: offset - lineStart + 1 };
}
