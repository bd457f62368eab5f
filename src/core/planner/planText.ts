/** Longest plan title kept, in characters (code points). */
export const MAX_TITLE_LENGTH = 120;
/** Longest plan note kept, in characters (code points). */
export const MAX_NOTE_LENGTH = 500;

/**
 * C0 and C1 controls (a note keeps line feeds), and the bidirectional overrides and isolates that
 * can make shared text read differently from what it says.
 */
function isForbidden(code: number, multiline: boolean): boolean {
  if (code === 0x0a) return !multiline;
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

/** Whether a plan's title (`multiline` false) or note may not contain this text as it is. */
export function hasForbiddenCharacters(text: string, multiline: boolean): boolean {
  for (let i = 0; i < text.length; i++) if (isForbidden(text.charCodeAt(i), multiline)) return true;
  return false;
}

/** The first `max` code points of `text` (never half a surrogate pair). */
export function capLength(text: string, max: number): string {
  if (text.length <= max) return text;
  return Array.from(text).slice(0, max).join('');
}

/** Length of `text` in code points. */
export function codePoints(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/**
 * Plain text for a plan's title or note as it goes into a URL: line breaks kept only in a note
 * (as `\n`), other control and bidirectional-override characters removed, trimmed and capped.
 * Empty text gives `undefined`. Plan text is never HTML: pages render it as text.
 */
export function cleanPlanText(text: string | undefined, max: number, multiline: boolean): string | undefined {
  if (text === undefined) return undefined;
  let clean = text.replace(/\r\n?/g, '\n');
  if (!multiline) clean = clean.replace(/[\n\t]+/g, ' ');
  clean = Array.from(clean)
    .filter((c) => !isForbidden(c.charCodeAt(0), multiline))
    .join('');
  clean = capLength(clean.trim(), max).trim();
  return clean === '' ? undefined : clean;
}
