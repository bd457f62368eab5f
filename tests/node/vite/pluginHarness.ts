import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { afterEach, beforeEach } from 'vitest';

/** A concept file with the given title and extra front-matter lines. */
export const concept = (title: string, front = '') => `---\ntitle: ${title}\nsummary: S.\n${front}---\nBody of ${title}.\n`;

/** A fresh content folder for each test (one concept, one roadmap linking it), removed after it. */
export function useContentFolder() {
  const folder = {
    dir: '',
    write(path: string, text: string): string {
      mkdirSync(dirname(join(folder.dir, path)), { recursive: true });
      writeFileSync(join(folder.dir, path), text);
      return join(folder.dir, path);
    },
  };
  beforeEach(() => {
    folder.dir = mkdtempSync(join(tmpdir(), 'content-plugin-'));
    folder.write('concepts/a.md', concept('A'));
    folder.write('roadmaps/r.md', '---\ntitle: R\nsummary: S.\n---\n[[a]]\n');
  });
  afterEach(() => rmSync(folder.dir, { recursive: true, force: true }));
  return folder;
}

/** The parts of Vite's dev server the plugin touches, recording what it sends. */
export function fakeServer() {
  const sent: { type: string; event?: string; data?: unknown; err?: { message: string; loc: unknown } }[] = [];
  const handlers = new Map<string, (file: string) => void>();
  const invalidated: unknown[] = [];
  const middlewares: unknown[] = [];
  const module = { id: '\0virtual:content' };
  // Terminal lines, as `level message`.
  const logged: string[] = [];
  const log = (level: string) => (message: string) => logged.push(`${level} ${message}`);
  const server = {
    config: { logger: { info: log('info'), warn: log('warn'), error: log('error') } },
    middlewares: { use: (m: unknown) => middlewares.push(m) },
    watcher: {
      add: () => server.watcher,
      on: (event: string, handler: (file: string) => void) => {
        handlers.set(event, handler);
        return server.watcher;
      },
    },
    ws: { send: (payload: (typeof sent)[number]) => sent.push(payload), on: () => {} },
    environments: { client: { moduleGraph: { getModuleById: () => module, invalidateModule: (m: unknown) => invalidated.push(m) } } },
  };
  return { server, sent, handlers, invalidated, middlewares, logged };
}

export const settle = () => new Promise((done) => setTimeout(done, 150));
export type Hook = (...args: unknown[]) => unknown;
export const call = (plugin: Plugin, hook: keyof Plugin, ...args: unknown[]) => {
  const value = plugin[hook] as Hook | { handler: Hook };
  return (typeof value === 'function' ? value : value.handler).call({}, ...args);
};
