/**
 * One content file handed to the compiler. `path` is relative to the content folder and uses `/`
 * (`concepts/chain-rule.md`); the core never touches the file system.
 */
export interface SourceFile {
  readonly path: string;
  readonly text: string;
}
