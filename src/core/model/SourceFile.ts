/**
 * One content file handed to the compiler. `path` is relative to the content folder and uses `/`
 * (`concepts/chain-rule.md`); the core never touches the file system.
 */
export interface SourceFile {
  readonly path: string;
  readonly text: string;
  /** What went wrong reading it, found by the reader (which alone sees the bytes); absent when nothing did. */
  readonly problem?: ReadProblem;
}

/**
 * Why a file was not read as it is. `symlink` and `unreadable` files were skipped (their text is
 * empty); an `encoding` file was decoded with U+FFFD in place of its invalid bytes, the first at
 * UTF-16 `offset` of the text, where `byte` (0–255) was found.
 */
export type ReadProblem =
  | { readonly kind: 'symlink'; readonly target?: string }
  | { readonly kind: 'unreadable'; readonly code: string }
  | { readonly kind: 'encoding'; readonly offset: number; readonly byte: number };
