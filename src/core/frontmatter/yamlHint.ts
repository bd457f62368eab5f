/** A YAML mistake authors make often, recognised in the text: where it is, and what to say instead of the parser's words. */
export interface YamlHint {
  /** Offset in the YAML text. */
  readonly offset: number;
  readonly message: string;
  /** The line as written. */
  readonly actual: string;
}

// `prerequisites: []` followed by indented items: an example uncommented under an empty list.
const EMPTY_LIST_THEN_ITEMS = /^([ \t]*)([\w-]+):[ \t]*\[\][ \t]*(?:#.*)?\r?\n(?:[ \t]*(?:#.*)?\r?\n)*[ \t]+- /m;
// `title: Intervals: the distance`: a plain value with `: ` in it.
const COLON_IN_VALUE = /^([ \t]*(?:- )?)([\w-]+):[ \t]+([^\s"'[{|>&*!#][^\n]*?:[ \t][^\n]*)$/m;

/**
 * Recognises two mistakes the yaml library reports in confusing words: list items written under a
 * field that already says `[]` (three errors about implicit keys), and an unquoted value that
 * contains `: ` ("nested mappings are not allowed"). Undefined for anything else.
 */
export function yamlHint(yaml: string, reason: string): YamlHint | undefined {
  const list = EMPTY_LIST_THEN_ITEMS.exec(yaml);
  if (list) {
    const key = list[2]!;
    return {
      offset: list.index + list[1]!.length + key.length + 1,
      message: `Expected either \`${key}: []\` (an empty list) or list items below \`${key}:\`, found both; remove the \`[]\` to keep the items.`,
      actual: `${key}: []`,
    };
  }
  if (/nested mappings|compact mapping/i.test(reason)) {
    const colon = COLON_IN_VALUE.exec(yaml);
    if (colon) {
      const key = colon[2]!;
      const value = colon[3]!.trim();
      const quoted = value.length <= 60 ? `${key}: "${value.replace(/"/g, '\\"')}"` : `${key}: "…"`;
      return {
        offset: colon.index + colon[0].indexOf(colon[3]!),
        message: `Expected a value without \`: \` in it, or quoted, found \`${key}: ${value.slice(0, 60)}\`; quote the value: \`${quoted}\`.`,
        actual: `${key}: ${value}`.slice(0, 200),
      };
    }
  }
  return undefined;
}
