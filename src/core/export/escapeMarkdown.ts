// Characters that start inline markup (emphasis, code, links, raw HTML, tables, strike-through).
const INLINE = /[\\`*_[\]<>|~]/g;
// Line starts that CommonMark reads as a heading, list, quote, setext underline or ordered list.
const BLOCK_START = /^(\s*)([#+=-]|\d+(?=[.)]))/;
// `#`s at the end of a line would close an ATX heading and vanish.
const TRAILING_HASHES = /(#+)(\s*)$/;
// What GFM turns into a link without any markup: a URL with a scheme, a `www.` host, an e-mail
// address (which covers `mailto:` and `xmpp:`). Looser than GFM's own patterns, never tighter.
const AUTOLINK = /https?:\/\/|www\.|[\w+.-]@[\w-]+\.[\w-]/i;

/** `token` as a code span: literal text that GFM never links, whatever it holds. */
function codeSpan(token: string): string {
  const longest = Math.max(0, ...(token.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  // A space on each side keeps a backtick at either end off the fence; CommonMark strips it.
  const pad = token.startsWith('`') || token.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${token}${pad}${fence}`;
}

/**
 * Plain text as Markdown that renders as the same text, on one line: line breaks become spaces
 * (a title or note from a URL cannot start a heading or a ticked step), inline markup characters
 * and entity references are escaped, and so is anything that would turn the line into a heading,
 * list item or quote, or close a heading. A word that GFM would link on its own (a bare URL,
 * `www.…`, an e-mail address) becomes a code span: GitHub finds those in the text after
 * backslash escapes are gone, so escaping cannot stop them.
 */
export function escapeMarkdown(text: string): string {
  const oneLine = text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ');
  const inline = oneLine
    .split(/(\s+)/)
    .map((part) => (AUTOLINK.test(part) ? codeSpan(part) : part.replace(INLINE, '\\$&').replace(/&(?=#?\w+;)/g, '\\&')))
    .join('');
  return inline
    .replace(TRAILING_HASHES, (_, hashes: string, space: string) => `${hashes.replace(/#/g, '\\#')}${space}`)
    .replace(BLOCK_START, (_, space: string, mark: string) => (/^\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`));
}
