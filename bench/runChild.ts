import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ChildReport } from './benchChild';

/**
 * Runs one measurement in a fresh Node process, with this process's flags; from TypeScript
 * sources it loads tsx too if this process got its TypeScript some other way (a test runner).
 */
export function runChild(args: readonly string[]): Promise<ChildReport> {
  const typescript = new URL(import.meta.url).pathname.endsWith('.ts');
  const script = fileURLToPath(new URL(typescript ? './benchChild.ts' : './benchChild.js', import.meta.url));
  const loader = typescript && !process.execArgv.some((flag) => flag.includes('tsx')) ? ['--import', import.meta.resolve('tsx')] : [];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, ...loader, script, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      if (code !== 0 || !line.startsWith('{')) return reject(new Error(`bench child ${args[0]} failed (exit ${code})`));
      resolve(JSON.parse(line) as ChildReport);
    });
  });
}
