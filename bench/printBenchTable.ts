import type { BenchRow } from './BenchRow';

/** The rows as an aligned text table: figure, value, unit, bar, and whether it is reached. */
export function printBenchTable(rows: readonly BenchRow[]): string {
  const cells = rows.map((r) => [r.label, String(r.value), r.unit, r.target ?? '', r.ok === undefined ? '' : r.ok ? 'ok' : 'MISSED']);
  const header = ['Figure', 'Value', 'Unit', 'Bar', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: readonly string[]) =>
    c
      .map((cell, i) => (i === 1 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}
