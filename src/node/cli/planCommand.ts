import { titleOf } from '../../core/graph';
import { compile } from '../../core/compile';
import { escapeControl, formatDuration, plural } from '../../core/text';
import type { ConceptId } from '../../core/model';
import type { Plan } from '../../core/planner';
import { planFor } from '../../core/planner';
import { encodePlanUrl } from '../../core/planner';
import { contentDir, loadContent } from '../content/loadContent';

/** Where output goes (the CLI passes the console; tests capture it). */
export interface PlanOutput {
  out(line: string): void;
  err(line: string): void;
}

const CONSOLE: PlanOutput = { out: (line) => console.log(line), err: (line) => console.error(line) };
const USAGE = 'usage: plan <target> [more targets] [--known a,b,c] [--json]';

interface PlanArgs {
  readonly targets: readonly string[];
  readonly known: readonly string[];
  readonly json: boolean;
}

/** Parses the arguments; a string is a usage error. */
function parseArgs(args: readonly string[]): PlanArgs | string {
  const targets: string[] = [];
  const known: string[] = [];
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--known' || arg.startsWith('--known=')) {
      const value = arg === '--known' ? args[++i] : arg.slice('--known='.length);
      if (value === undefined || value.startsWith('--')) return '`--known` takes a comma-separated list of ids';
      known.push(
        ...value
          .split(',')
          .map((id) => id.trim())
          .filter((id) => id !== ''),
      );
    } else if (arg.startsWith('-')) return `unknown option \`${arg}\``;
    else targets.push(arg);
  }
  if (targets.length === 0) return 'name at least one target concept';
  return { targets, known, json };
}

/** The plan as numbered lines, then totals and the link. */
function formatPlan(plan: Plan, url: string, titleOf: (id: ConceptId) => string): string[] {
  const targets = plan.targets.map((id) => `${titleOf(id)} (${id})`).join(', ');
  const { totals } = plan;
  if (totals.concepts === 0) return [`Plan for ${targets}: nothing to learn, every target is already known.`, '', `Share: ${url}`];
  const width = String(plan.steps.length).length;
  const lines = [`Plan for ${targets}`, ''];
  plan.steps.forEach((step, k) => {
    const marks = [step.ready ? 'ready now' : '', step.isTarget ? 'target' : ''].filter(Boolean).join(', ');
    lines.push(
      `${String(k + 1).padStart(width)}. ${step.title} (${step.id}), ${formatDuration(step.minutes)}${marks ? ` [${marks}]` : ''}`,
    );
  });
  lines.push(
    '',
    `Total: ${plural(totals.concepts, 'concept')}, ${formatDuration(totals.minutes)}; ${totals.readyNow} ready now.`,
    `Share: ${url}`,
  );
  return lines;
}

/**
 * `plan <target> [more targets] [--known a,b,c] [--json]`: compiles the content folder
 * (`CONTENT_DIR` or `./content`) and prints the learning plan for the targets (ids or aliases) as
 * numbered steps with estimates, the total time and the shareable link (its path, prefixed with
 * `SITE_URL` when set). `--json` prints one object: `targets`, `steps`, `totals`, `url`. An
 * unknown target prints the error with close ids and returns 1; usage errors return 2.
 */
export async function planCommand(
  args: readonly string[],
  output: PlanOutput = CONSOLE,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    output.err(`plan: ${parsed}; ${USAGE}`);
    return 2;
  }
  const dir = contentDir(env);
  let files;
  try {
    files = await loadContent(dir);
  } catch (error) {
    output.err(`plan: cannot read the content folder \`${dir}\`: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const { graph, diagnostics } = compile(files, { render: false });
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  if (errors > 0) output.err(`plan: the content has ${plural(errors, 'error')} (run \`npm run check\`); the plan may be incomplete.`);

  const result = planFor(graph, parsed.targets, new Set(parsed.known));
  if (!result.ok) {
    output.err(`plan: ${result.error.message}`);
    return 1;
  }
  const unknownKnown = parsed.known.filter((id) => !graph.index.has(id));
  if (unknownKnown.length > 0) output.err(`plan: ignoring --known ids that name no concept: ${unknownKnown.join(', ')}`);
  const known = parsed.known.flatMap((id) => {
    const i = graph.index.get(id);
    return i === undefined ? [] : [graph.ids[i]!];
  });
  const { plan } = result;
  const path = encodePlanUrl({ targets: plan.targets, known });
  const url = env.SITE_URL ? `${env.SITE_URL.replace(/\/+$/, '')}${path}` : path;

  if (parsed.json) {
    output.out(JSON.stringify({ targets: plan.targets, steps: plan.steps, totals: plan.totals, url }, null, 2));
  } else {
    for (const line of formatPlan(plan, url, (id) => titleOf(graph, id))) output.out(escapeControl(line));
  }
  return 0;
}
