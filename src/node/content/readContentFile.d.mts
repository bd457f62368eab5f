import type { ReadProblem } from '../../core/model';

/** A content file as read: its text, and what went wrong reading it, if anything. */
export interface ReadContent {
  readonly text: string;
  readonly problem?: ReadProblem;
}

/** The UTF-8 text of `bytes`, with an `encoding` problem at the first byte that is not UTF-8. */
export function decodeContent(bytes: Buffer): ReadContent;

/**
 * Reads the content file at absolute `path` without following a symbolic link; undefined when
 * there is no such file. `scratch` is a reusable buffer for small files.
 */
export function readContentFile(path: string, scratch?: Buffer): ReadContent | undefined;
