// C0 and C1 control characters and DEL, which a terminal would act on (an ESC sequence can erase a
// line or recolour the output); tabs and newlines are shown escaped too.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/**
 * Text safe to print on a terminal: every control character is shown as its escape (`\x1b`,
 * `\n`), so content can neither move the cursor nor fake a line of output.
 */
export function escapeControl(text: string): string {
  return text.replace(CONTROL, (c) => (c === '\n' ? '\\n' : c === '\t' ? '\\t' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`));
}
