// Reads one content file the way every command does (check, build, dev): never through a symbolic
// link, telling a missing file from an unreadable one, and finding bytes that are not UTF-8.
// Plain JavaScript, so the reader thread (`readFilesWorker.mjs`) imports it without a TypeScript loader.
import { closeSync, constants, fstatSync, lstatSync, openSync, readlinkSync, readSync } from 'node:fs';

// Opening with O_NOFOLLOW fails (ELOOP) on a symbolic link: no extra system call per file. Where
// the flag does not exist (Windows), each file is checked first.
const NOFOLLOW = constants.O_NOFOLLOW;
const FLAGS = constants.O_RDONLY | (NOFOLLOW ?? 0);
const MISSING = new Set(['ENOENT', 'ENOTDIR']);
const strict = new TextDecoder('utf-8', { fatal: true });

const isSymlink = (path) => {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
};

const symlink = (path) => {
  let target;
  try {
    target = readlinkSync(path);
  } catch {
    // Gone since: still reported as what it was.
  }
  return { text: '', problem: target === undefined ? { kind: 'symlink' } : { kind: 'symlink', target } };
};

/** Reads the whole of open file `fd` into `scratch` when it fits, else into a buffer of its size. */
const readAll = (fd, scratch) => {
  let size = readSync(fd, scratch, 0, scratch.length, 0);
  if (size < scratch.length) return scratch.subarray(0, size);
  let bytes = Buffer.allocUnsafe(Math.max(fstatSync(fd).size, scratch.length) + 1);
  scratch.copy(bytes, 0, 0, size);
  for (;;) {
    if (size === bytes.length) {
      const larger = Buffer.allocUnsafe(bytes.length * 2);
      bytes.copy(larger, 0, 0, size);
      bytes = larger;
    }
    const read = readSync(fd, bytes, size, bytes.length - size, size);
    if (read === 0) return bytes.subarray(0, size);
    size += read;
  }
};

/**
 * The UTF-8 text of `bytes`, with `problem` when some are not UTF-8. The fast decoder puts U+FFFD
 * in place of invalid bytes; only a text with U+FFFD in it is decoded again strictly, so valid
 * files pay one scan.
 */
export function decodeContent(bytes) {
  const text = bytes.toString('utf8');
  if (!text.includes('\uFFFD')) return { text };
  try {
    strict.decode(bytes);
    return { text };
  } catch {
    const at = firstInvalidByte(bytes);
    // The bytes before the first invalid one are valid, so their text is exact.
    return { text, problem: { kind: 'encoding', offset: bytes.toString('utf8', 0, at).length, byte: bytes[at] } };
  }
}

/** Index of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidByte(bytes) {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    const second = bytes[i + 1];
    // The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    if (length > 1 && (second === undefined || second < low || second > high)) return i;
    for (let k = 2; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  return bytes.length;
}

/**
 * Reads the content file at absolute `path`: `{ text }`, with `problem` when it was not read as it
 * is (a symbolic link or an unreadable file, skipped with empty text; bytes that are not UTF-8),
 * or undefined when there is no such file. `scratch` is a reusable buffer for small files.
 */
export function readContentFile(path, scratch = Buffer.allocUnsafe(1 << 16)) {
  if (NOFOLLOW === undefined && isSymlink(path)) return symlink(path);
  let fd;
  try {
    fd = openSync(path, FLAGS);
  } catch (error) {
    const code = error?.code ?? 'EIO';
    if (MISSING.has(code)) return undefined;
    if (code === 'ELOOP' && isSymlink(path)) return symlink(path);
    return { text: '', problem: { kind: 'unreadable', code } };
  }
  try {
    return decodeContent(readAll(fd, scratch));
  } catch (error) {
    return { text: '', problem: { kind: 'unreadable', code: error?.code ?? 'EIO' } };
  } finally {
    closeSync(fd);
  }
}
