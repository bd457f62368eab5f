// The attribute that names what a head tag sets: tags with the same key replace each other.
const KEY = /\b(name|property|rel)\s*=\s*"([^"]*)"/i;
const TAG = /[ \t]*<(?:meta|link)\b[^>]*>[ \t]*\n?/gi;
const TITLE = /([ \t]*)<title>[\s\S]*?<\/title>/i;

function keyOf(tag: string): string | undefined {
  const match = KEY.exec(tag);
  if (!match) return undefined;
  // `name="twitter:card"` and `property="twitter:card"` are both read, so they are one key.
  return `${match[1]!.toLowerCase() === 'rel' ? 'rel' : 'meta'}:${match[2]!.toLowerCase()}`;
}

/**
 * `html` with `head` (from `pageHead`) in its `<head>`: the template's `<title>` is replaced by the
 * head's lines, at its indentation, and every `<meta>` or `<link>` of the template that `head` sets
 * too (same `name`, `property` or `rel`) is removed; the rest (charset, viewport, icon, scripts)
 * stays. A template description stays when `head` has none. Unchanged when `html` has no `</head>`.
 */
export function withPageHead(html: string, head: string): string {
  const end = html.search(/<\/head>/i);
  if (end === -1) return html;
  const keys = new Set([...head.matchAll(TAG)].map((m) => keyOf(m[0])));
  keys.delete(undefined);
  // Replacer functions throughout: a `$` in a title must stay a dollar sign, not a replacement pattern.
  const top = html.slice(0, end).replace(TAG, (tag) => (keys.has(keyOf(tag)) ? '' : tag));
  const rest = html.slice(end);
  const title = TITLE.exec(top);
  if (title) {
    const indent = title[1] ?? '';
    return top.replace(TITLE, () => indent + head.split('\n').join(`\n${indent}`)) + rest;
  }
  // No title to replace: the head goes last, one step in from `</head>`.
  const indent = /\n([ \t]*)$/.exec(top)?.[1];
  if (indent === undefined) return top + head + rest;
  const inner = `${indent}  `;
  return `${top.slice(0, top.length - indent.length)}${inner}${head.split('\n').join(`\n${inner}`)}\n${indent}${rest}`;
}
