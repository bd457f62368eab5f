// Control characters (C0, DEL, C1) have no place in a title or description; whitespace among them
// (tab, newline) is folded into one space with the rest.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/**
 * A text as one line for the page head: control characters dropped, runs of whitespace (newlines
 * included) as one space, trimmed. Link previews and the tab show a single line anyway.
 */
export function headText(text: string): string {
  return text.replace(CONTROL, '').replace(/\s+/g, ' ').trim();
}
