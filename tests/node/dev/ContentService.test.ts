import { mkdirSync, mkdtempSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createContentService, type ContentService } from '../../../src/node/dev/ContentService';

let dir: string;
let service: ContentService;
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
  return join(dir, path);
};
const concept = (title: string, front = '', body = '') => `---\ntitle: ${title}\nsummary: S.\n${front}---\n${body}`;
const rules = () => service.index().diagnostics.map((d) => `${d.file} ${d.rule}`);

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'content-service-'));
  write('site.yaml', 'title: Test\ndescription: D.\n');
  write('concepts/a.md', concept('A', '', 'Needs [[b]]. ![Fig](../assets/fig.svg)'));
  write('concepts/b.md', concept('B'));
  write('roadmaps/r.md', '---\ntitle: R\nsummary: S.\n---\n[[a]] [[b]]\n');
  write('assets/fig.svg', '<svg/>');
  service = createContentService(dir);
  await service.start();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('ContentService (the dev loop behind the Vite plugin)', () => {
  it('starts with the graph ready, then builds the index with roadmap links on first request', async () => {
    const fresh = createContentService(dir);
    const graph = await fresh.start();
    expect(graph.ids).toEqual(['a', 'b']);
    expect(graph.prereqTargets.length).toBe(0);
    expect(fresh.index().roadmaps.map((r) => [r.id, r.concepts])).toEqual([['r', ['a', 'b']]]);
    expect(fresh.index()).toBe(fresh.index());
  });

  it('starts with the graph ready and bodies as versioned URLs, not inline', () => {
    const index = service.index();
    expect(index.concepts.map((c) => c.id)).toEqual(['a', 'b']);
    expect(index.bodies).toEqual({
      'concepts/a': expect.stringMatching(/^\/content\/concepts\/a\.[a-z0-9]+\.json$/),
      'concepts/b': expect.stringMatching(/^\/content\/concepts\/b\.[a-z0-9]+\.json$/),
      'roadmaps/r': expect.stringMatching(/^\/content\/roadmaps\/r\.[a-z0-9]+\.json$/),
    });
    expect(JSON.stringify(index)).not.toContain('Needs');
    expect(service.body('concepts/a')!.html).toContain('data-concept="b"');
    expect(service.hasAsset('assets/fig.svg')).toBe(true);
  });

  it('updates on an edit: new metadata and diagnostics, and only the edited body changes URL', async () => {
    const before = service.index();
    const update = await service.update([write('concepts/b.md', concept('B', 'prerequisites: [nope]\n'))]);
    expect(update!.changed).toEqual(['concepts/b']);
    expect(update!.index.bodies['concepts/b']).not.toBe(before.bodies['concepts/b']);
    expect(update!.index.bodies['concepts/a']).toBe(before.bodies['concepts/a']);
    expect(rules()).toEqual(['concepts/b.md unknown-prerequisite']);
    expect(await service.update([join(dir, 'concepts/b.md')])).toBeNull();
  });

  it('says whether metadata changed: not for prose, yes for front-matter and roadmap bodies', async () => {
    const prose = await service.update([write('concepts/b.md', concept('B', '', 'New prose, with a [[missing]] link.'))]);
    expect(prose).toMatchObject({ changed: ['concepts/b'], metadataChanged: false });
    const front = await service.update([write('concepts/b.md', concept('B, retitled', '', 'New prose.'))]);
    expect(front?.metadataChanged).toBe(true);
    const roadmap = await service.update([write('roadmaps/r.md', '---\ntitle: R\nsummary: S.\n---\n[[a]]\n')]);
    expect(roadmap?.metadataChanged).toBe(true);
    const added = await service.update([write('concepts/c.md', concept('C'))]);
    expect(added?.metadataChanged).toBe(true);
    // Rendering in the background only adds diagnostics.
    await service.update([write('concepts/b.md', concept('B, retitled', '', 'Now with a [[missing]] link.'))]);
    const analysed = await service.analyseBodies();
    expect(analysed).toMatchObject({ metadataChanged: false, changed: [] });
    expect(rules()).toContain('concepts/b.md broken-link');
  });

  it('reports bodies that show a changed title as changed once they were rendered', async () => {
    service.body('concepts/a');
    const update = await service.update([write('concepts/b.md', concept('B renamed'))]);
    expect(update!.changed).toEqual(['concepts/a', 'concepts/b']);
    expect(service.body('concepts/a')!.html).toContain('>B renamed</a>');
  });

  it('adds, renames and deletes files', async () => {
    const added = await service.update([write('concepts/c.md', concept('C', 'prerequisites: [a]\n'))]);
    expect(added!.index.concepts.map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(added!.index.bodies['concepts/c']).toBeDefined();

    renameSync(join(dir, 'concepts/c.md'), join(dir, 'concepts/d.md'));
    const renamed = await service.update([join(dir, 'concepts/c.md'), join(dir, 'concepts/d.md')]);
    expect(renamed!.index.concepts.map((c) => c.id)).toEqual(['a', 'b', 'd']);
    expect(renamed!.index.bodies['concepts/c']).toBeUndefined();
    expect(renamed!.changed).toEqual(['concepts/c', 'concepts/d']);

    unlinkSync(join(dir, 'concepts/b.md'));
    const deleted = await service.update([join(dir, 'concepts/b.md')]);
    expect(deleted!.index.concepts.map((c) => c.id)).toEqual(['a', 'd']);
    expect(rules()).toEqual(['concepts/d.md orphan', 'roadmaps/r.md broken-link']);
  });

  it('finds body diagnostics in the background, and re-checks them on edits elsewhere', async () => {
    write('concepts/a.md', concept('A', '', 'Needs [[b]] and [[zz]].'));
    await service.update([join(dir, 'concepts/a.md')]);
    expect(rules()).toEqual([]);
    const found = await service.analyseBodies(5);
    expect(found!.index.diagnostics.map((d) => d.rule)).toEqual(['broken-link']);
    await service.update([write('concepts/zz.md', concept('ZZ'))]);
    expect(rules()).toEqual(['concepts/zz.md orphan']);
  });

  it('notices assets appearing and disappearing', async () => {
    unlinkSync(join(dir, 'assets/fig.svg'));
    service.body('concepts/a');
    await service.update([join(dir, 'assets/fig.svg')]);
    expect(rules()).toEqual(['concepts/a.md broken-link']);
    await service.update([write('assets/fig.svg', '<svg/>')]);
    expect(rules()).toEqual([]);
  });

  it('ignores files outside the content folder and hidden files', async () => {
    expect(await service.update([join(tmpdir(), 'elsewhere.md'), write('.hidden/x.md', 'x')])).toBeNull();
    expect(service.owns(join(dir, 'concepts/a.md'))).toBe(true);
    expect(service.owns(join(dir, '..', 'x.md'))).toBe(false);
  });
});

describe('ContentService when the folder is missing', () => {
  it('starts empty when the folder does not exist, and reads it once it appears', async () => {
    const absent = join(dir, 'not-yet');
    const waiting = createContentService(absent);
    expect((await waiting.start()).ids).toEqual([]);
    expect(waiting.missing()).toBe(true);
    expect(waiting.index().concepts).toEqual([]);
    expect(await waiting.update([absent])).toBeNull();

    mkdirSync(join(absent, 'concepts'), { recursive: true });
    writeFileSync(join(absent, 'concepts/x.md'), concept('X', '', 'Body of X.'));
    const appeared = await waiting.update([absent]);
    expect(waiting.missing()).toBe(false);
    expect(appeared).toMatchObject({ changed: ['concepts/x'], metadataChanged: true });
    expect(appeared!.index.concepts.map((c) => c.id)).toEqual(['x']);
    expect(waiting.body('concepts/x')!.html).toContain('Body of X.');
  });

  it('empties when the folder is deleted, and reads it whole when it comes back', async () => {
    rmSync(dir, { recursive: true, force: true });
    const gone = await service.update([join(dir, 'concepts/a.md'), dir]);
    expect(service.missing()).toBe(true);
    expect(gone!.changed).toEqual(['concepts/a', 'concepts/b', 'roadmaps/r']);
    expect(gone!.index.concepts).toEqual([]);
    expect(gone!.index.bodies).toEqual({});
    expect(service.hasAsset('assets/fig.svg')).toBe(false);

    write('concepts/a.md', concept('A again'));
    const back = await service.update([dir]);
    expect(service.missing()).toBe(false);
    expect(back!.index.concepts.map((c) => c.title)).toEqual(['A again']);
    expect(back!.index.bodies['concepts/a']).not.toBe(gone!.index.bodies['concepts/a']);
  });
});
