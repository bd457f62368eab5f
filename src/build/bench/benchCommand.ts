import { access } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { BenchRow } from './BenchRow';
import { compileBench } from './compileBench';
import { printBenchTable } from './printBenchTable';

const SUITES = ['compile', 'planner', 'layout'] as const;
type Suite = (typeof SUITES)[number];

/** Parsed `bench` arguments. */
export interface BenchArgs {
  readonly json: boolean;
  readonly concepts: number;
  readonly only?: Suite;
}

/** Parses `[--json] [--concepts N] [--only compile|planner|layout]`; a string is a usage error. */
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

/** A suite owned elsewhere, loaded if its module exists. */
async function optionalSuite(file: string, name: string): Promise<(() => Promise<BenchRow[]>) | undefined> {
  const url = new URL(`./${file}${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);
  if (!(await access(fileURLToPath(url)).then(() => true, () => false))) return undefined;
  const module = (await import(url.href)) as Record<string, unknown>;
  const suite = module[name];
  return typeof suite === 'function' ? (suite as () => Promise<BenchRow[]>) : undefined;
}

/**
 * `bench`: the compile figures on synthetic content, then the planner and layout suites when
 * their modules exist. Prints a table, or with `--json` one object of figures by key.
 */
export async function benchCommand(args: readonly string[]): Promise<number> {
  const parsed = parseBenchArgs(args);
  if (typeof parsed === 'string') {
    console.error(`bench: ${parsed}; usage: bench [--json] [--concepts N] [--only ${SUITES.join('|')}]`);
    return 2;
  }
  const log = (line: string) => console.error(line);
  const rows: BenchRow[] = [];
  const notes: string[] = [];
  if (!parsed.only || parsed.only === 'compile') rows.push(...(await compileBench({ concepts: parsed.concepts, log })));
  for (const [suite, file, name] of [['planner', 'plannerBench', 'plannerBench'], ['layout', 'layoutBench', 'layoutBench']] as const) {
    if (parsed.only && parsed.only !== suite) continue;
    const run = await optionalSuite(file, name);
    if (!run) {
      notes.push(`${suite}: skipped (src/build/bench/${file}.ts not found)`);
      continue;
    }
    log(`${suite}: running`);
    rows.push(...(await run()));
  }
  if (parsed.json) {
    console.log(JSON.stringify(Object.fromEntries(rows.map((r) => [r.key, r.value])), null, 2));
  } else {
    console.log(printBenchTable(rows));
    for (const note of notes) console.log(note);
  }
  for (const note of notes) if (parsed.json) console.error(note);
  return 0;
}
