import { relative, sep } from 'node:path';

/** Content-relative, `/`-separated path of an absolute file path. */
export function toContentPath(dir: string, file: string): string {
  // Files found by scanning `dir` start with it: slicing is the cheap `relative` for many files.
  const rest = file.startsWith(dir) && file[dir.length] === sep ? file.slice(dir.length + 1) : undefined;
  const plain = rest !== undefined && !rest.startsWith('.') && !rest.includes(`${sep}.`);
  const inside = plain ? rest : relative(dir, file);
  return sep === '/' ? inside : inside.split(sep).join('/');
}
