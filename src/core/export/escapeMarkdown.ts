// Characters that start inline markup (emphasis, code, links, raw HTML, tables, strike-through).
const INLINE = /[\\`*_[\]<>|~]/g;
// Line starts that CommonMark reads as a heading, list, quote, setext underline or ordered list.
const BLOCK_START = /^(\s*)([#+=-]|\d+(?=[.)]))/;
// `#`s at the end of a line would close an ATX heading and vanish.
const TRAILING_HASHES = /(#+)(\s*)$/;

/**
 * Plain text as Markdown that renders as the same text, on one line: line breaks become spaces
 * (a title or note from a URL cannot start a heading or a ticked step), inline markup characters
 * and entity references are escaped, and so is anything that would turn the line into a heading,
 * list item or quote, or close a heading. (A bare URL in the text still becomes a link in GFM.)
 */
export function escapeMarkdown(text: string): string {
  const oneLine = text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ');
  const inline = oneLine.replace(INLINE, '\\$&').replace(/&(?=#?\w+;)/g, '\\&');
  return inline
    .replace(TRAILING_HASHES, (_, hashes: string, space: string) => `${hashes.replace(/#/g, '\\#')}${space}`)
    .replace(BLOCK_START, (_, space: string, mark: string) => (/^\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`));
}
