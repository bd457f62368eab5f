import { benchCommand } from './benchCommand';

// `npm run bench`: the benchmark suites live outside src/, beside the generators they use.
process.exitCode = await benchCommand(process.argv.slice(2));
