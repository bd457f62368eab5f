/** Deepest list-item indentation (in columns) worth parsing; real bodies stay far below it. */
export const MAX_LIST_INDENT = 120;
/** Deepest `>` quote nesting worth parsing. */
export const MAX_QUOTE_DEPTH = 100;
/**
 * Budget for inline markers: the sum, over paragraphs, of the square of each paragraph's number of
 * `*`/`_` runs and `[`s. The parser pairs emphasis markers, and matches link and footnote openers,
 * within a paragraph in time that grows with that square (one paragraph of 3,000, about half a
 * second here). Prose uses a few per paragraph.
 */
export const MAX_MARKER_WORK = 10_000_000;

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const BLOCK_START = /^ {0,3}(?:#{1,6}(?:[ \t]|$)|(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$))/;
const TABLE_DELIMITER = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/** Why a body is too costly to parse, and the line (1-based, in the body) where the trouble is. */
export interface ParseHazard {
  readonly reason: string;
  readonly line: number;
}

/**
 * Why a body is too costly to parse, or undefined when it is fine. Two shapes make the Markdown
 * parser take seconds to minutes (or overflow its stack): lists or quotes nested hundreds deep, and
 * paragraphs with thousands of `*`, `_` or `[` markers. Checked line by line before parsing, so hostile
 * or accidental input cannot stall a build or the dev server.
 */
export function parseHazard(text: string): ParseHazard | undefined {
  let fence: string | null = null;
  let line = 0;
  let paragraph = 1;
  let inTable = false;
  let count = 0;
  let work = 0;
  for (let start = 0; start <= text.length;) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const row = text.slice(start, end);
    start = end + 1;
    line++;
    if (fence !== null) {
      if (row.trimStart().startsWith(fence)) fence = null;
      continue;
    }
    if (nestingTooDeep(row)) return { reason: 'it is nested too deeply to render', line };
    const opened = FENCE.exec(row);
    const blank = row.trim() === '';
    const delimiterRow = row.includes('|') && row.includes('-') && TABLE_DELIMITER.test(row);
    // A new paragraph (or a table cell, a heading, a list item) pairs its markers on its own.
    if (opened || blank || inTable || delimiterRow || BLOCK_START.test(row)) {
      work += count * count;
      count = 0;
      paragraph = blank ? line + 1 : line;
    }
    if (opened) {
      fence = opened[1]!;
      continue;
    }
    if (blank) inTable = false;
    else if (delimiterRow) inTable = true;
    count += markers(row);
    if (work + count * count > MAX_MARKER_WORK)
      return { reason: 'it has paragraphs with thousands of `*`, `_` or `[` markers, which would take minutes to read', line: paragraph };
  }
  return undefined;
}

function nestingTooDeep(line: string): boolean {
  let column = 0;
  let quotes = 0;
  let i = 0;
  for (; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 32) column++;
    else if (c === 9) column += 4 - (column % 4);
    else if (c === 62) {
      quotes++;
      column++;
    } else break;
  }
  if (quotes > MAX_QUOTE_DEPTH) return true;
  return column > MAX_LIST_INDENT && /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/.test(line.slice(i, i + 12));
}

/** Inline markers on a line: each maximal run of `*` or of `_` (one emphasis marker), each `[`. */
function markers(line: string): number {
  let count = 0;
  let previous = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (((c === 42 || c === 95) && c !== previous) || c === 91) count++;
    previous = c;
  }
  return count;
}
