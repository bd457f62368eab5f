import type { BenchRow } from './BenchRow';
import { compileBench } from './compileBench';
import { printBenchTable } from './printBenchTable';

const SUITES = ['compile', 'planner', 'layout', 'render', 'placement', 'site'] as const;
type Suite = (typeof SUITES)[number];

/** Parsed `bench` arguments. */
export interface BenchArgs {
  readonly json: boolean;
  readonly concepts: number;
  readonly only?: Suite;
}

/** Parses `[--json] [--concepts N] [--only compile|planner|layout|render]`; a string is a usage error. */
export function parseBenchArgs(args: readonly string[]): BenchArgs | string {
  let json = false;
  let concepts = 10_000;
  let only: Suite | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [flag, inline] = arg.includes('=') ? arg.split('=', 2) : [arg, undefined];
    const value = () => inline ?? args[++i];
    if (flag === '--json') json = true;
    else if (flag === '--concepts') {
      concepts = Number(value());
      if (!Number.isInteger(concepts) || concepts < 1) return '--concepts takes a whole number';
    } else if (flag === '--only') {
      const suite = value();
      if (!SUITES.includes(suite as Suite)) return `--only takes one of ${SUITES.join(', ')}`;
      only = suite as Suite;
    } else return `unknown argument \`${arg}\``;
  }
  return { json, concepts, ...(only ? { only } : {}) };
}

/** The suites after compile, loaded on demand so `--only` pays for nothing else. */
const LATER_SUITES: readonly (readonly [Suite, () => Promise<BenchRow[]>])[] = [
  ['planner', async () => (await import('./plannerBench')).plannerBench()],
  ['layout', async () => (await import('./layoutBench')).layoutBench()],
  ['render', async () => (await import('./renderBench')).renderBench()],
  ['placement', async () => (await import('./placementBench')).placementBench()],
  ['site', async () => (await import('./siteBench')).siteBench((line) => console.error(line))],
];

/**
 * `bench`: the compile figures on synthetic content, then the planner, layout and rendering
 * suites. Prints a table, or with `--json` one object of figures by key.
 */
export async function benchCommand(args: readonly string[]): Promise<number> {
  const parsed = parseBenchArgs(args);
  if (typeof parsed === 'string') {
    console.error(`bench: ${parsed}; usage: bench [--json] [--concepts N] [--only ${SUITES.join('|')}]`);
    return 2;
  }
  const log = (line: string) => console.error(line);
  const rows: BenchRow[] = [];
  if (!parsed.only || parsed.only === 'compile') rows.push(...(await compileBench({ concepts: parsed.concepts, log })));
  for (const [suite, run] of LATER_SUITES) {
    if (parsed.only && parsed.only !== suite) continue;
    log(`${suite}: running`);
    rows.push(...(await run()));
  }
  if (parsed.json) {
    console.log(JSON.stringify(Object.fromEntries(rows.map((r) => [r.key, r.value])), null, 2));
  } else {
    console.log(printBenchTable(rows));
  }
  return 0;
}
