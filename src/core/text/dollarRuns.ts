/** The number of `$` in a row from `at`: the delimiter of inline (`$`) or display (`$$`) math. */
export function dollarRunAt(text: string, at: number): number {
  let end = at;
  while (text[end] === '$') end++;
  return end - at;
}

/** Where a run of exactly `run` dollars starts at or after `from` (skipping `\`-escaped characters); -1 if none. */
export function closingDollarRun(text: string, from: number, run: number): number {
  for (let k = from; k < text.length;) {
    if (text[k] === '\\') {
      k += 2;
      continue;
    }
    if (text[k] !== '$') {
      k++;
      continue;
    }
    const length = dollarRunAt(text, k);
    if (length === run) return k;
    k += length;
  }
  return -1;
}
