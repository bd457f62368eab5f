/** Deepest list-item indentation (in columns) worth parsing; real bodies stay far below it. */
export const MAX_LIST_INDENT = 120;
/** Deepest `>` quote nesting worth parsing. */
export const MAX_QUOTE_DEPTH = 100;

/**
 * True when a body nests lists or quotes so deeply that parsing it would take seconds or overflow
 * the stack (the Markdown parser's cost grows faster than linearly with nesting depth). Checked
 * line by line before parsing, so hostile input cannot stall a build or the dev server.
 */
export function exceedsNesting(text: string): boolean {
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let column = 0;
    let quotes = 0;
    let i = start;
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 32) column++;
      else if (c === 9) column += 4 - (column % 4);
      else if (c === 62) {
        quotes++;
        column++;
      } else break;
    }
    if (quotes > MAX_QUOTE_DEPTH) return true;
    if (column > MAX_LIST_INDENT && /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/.test(text.slice(i, Math.min(end, i + 12)))) return true;
    start = end + 1;
  }
  return false;
}
