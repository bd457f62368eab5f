import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumFlags } from './chromiumFlags';
import { devToolsPort } from './devToolsPort';

/** A Chromium with its DevTools port open (for Lighthouse), and how to stop it. */
export interface DebugChromium {
  readonly port: number;
  close(): Promise<void>;
}

/** Starts `executable` with a free DevTools port and a throwaway profile; resolves once it listens. */
export async function launchDebugChromium(executable: string): Promise<DebugChromium> {
  const profile = await mkdtemp(join(tmpdir(), 'site-bench-chromium-'));
  const child = spawn(executable, [...chromiumFlags, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const closed = new Promise<void>((done) => child.once('close', () => done()));
  const close = async () => {
    if (child.exitCode === null) child.kill();
    await closed;
    await rm(profile, { recursive: true, force: true });
  };
  try {
    const port = await new Promise<number>((done, fail) => {
      let output = '';
      const timer = setTimeout(() => fail(new Error(`site: Chromium printed no DevTools port: ${output}`)), 15_000);
      child.stderr.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const found = devToolsPort(output);
        if (found !== undefined) {
          clearTimeout(timer);
          done(found);
        }
      });
      child.once('error', fail);
      child.once('close', () => fail(new Error(`site: Chromium exited early: ${output}`)));
    });
    return { port, close };
  } catch (error) {
    await close();
    throw error;
  }
}
