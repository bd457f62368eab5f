import { checkCommand } from './checkCommand';

const USAGE = `usage:
  check [--json]                                      check the content folder (CONTENT_DIR or ./content)
  new concept|roadmap|course "Title" [--id <id>]      scaffold a content file (--id when the title makes no file name)
  new site <folder> ["Site title"]                    start a content folder: site.yaml, a concept, a roadmap, a course
  plan <target>... [--known a,b] [--json]             print a learning plan
(npm run bench runs the benchmarks: bench/main.ts)`;

/** Runs one command and returns its exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case 'check':
      return checkCommand(args);
    case 'new': {
      const { newCommand } = await import('./newCommand');
      return newCommand(args);
    }
    case 'plan': {
      const { planCommand } = await import('./planCommand');
      return planCommand(args);
    }
    default:
      console.error(command ? `unknown command \`${command}\`\n${USAGE}` : USAGE);
      return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
