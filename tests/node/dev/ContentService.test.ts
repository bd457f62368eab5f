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
    expect(service.state().concepts.map((c) => c.id)).toEqual(['a', 'b']);
    // Concepts' bodies travel in their data files; the index names roadmaps' and courses'.
    expect(index.bodies).toEqual({ 'roadmaps/r': expect.stringMatching(/^\/content\/roadmaps\/r\.[a-z0-9]+\.json$/) });
    expect(index.graph).toMatch(/^\/content\/graph\.json\?v=[a-z0-9]+$/);
    expect(index.conceptData).toBe('/content/concepts/');
    expect(JSON.stringify(index)).not.toContain('Needs');
    expect(service.body('concepts/a')!.html).toContain('data-concept="b"');
    expect(index.search).toMatch(/^\/content\/search\.json\?v=[a-z0-9]+$/);
    const data = service.conceptData('a')!;
    expect(data.concept).toMatchObject({ id: 'a', title: 'A' });
    expect(data.body.html).toContain('data-concept="b"');
    // A link in the prose is not a prerequisite: neighbours are what a concept needs and what needs it.
    expect(data.neighbours).toEqual([]);
    expect(service.graphData().nodes.map((n) => n.i)).toEqual(['a', 'b']);
    expect(service.searchData().ids).toEqual(['a', 'b']);
    expect(service.hasAsset('assets/fig.svg')).toBe(true);
  });

  it('updates on an edit: new metadata and diagnostics, and only the edited body changes', async () => {
    const before = service.index();
    const graph = service.graphData();
    const bodyOfA = service.conceptData('a')!.body;
    const update = await service.update([write('concepts/b.md', concept('B', 'prerequisites: [nope]\n', 'Edited.'))]);
    expect(update!.changed).toEqual(['concepts/b']);
    expect(service.conceptData('b')!.body.html).toContain('Edited.');
    expect(service.conceptData('a')!.body).toBe(bodyOfA);
    expect(update!.index.bodies['roadmaps/r']).toBe(before.bodies['roadmaps/r']);
    // Metadata changed: the graph and search files get new URLs, and new contents.
    expect(update!.index.graph).not.toBe(before.graph);
    expect(update!.index.search).not.toBe(before.search);
    expect(service.graphData()).not.toBe(graph);
    expect(rules()).toEqual(['concepts/b.md unknown-prerequisite']);
    expect(await service.update([join(dir, 'concepts/b.md')])).toBeNull();
  });

  it('keeps the graph and search URLs when only prose changed', async () => {
    const before = service.index();
    const graph = service.graphData();
    const prose = await service.update([write('concepts/b.md', concept('B', '', 'New prose.'))]);
    expect(prose).toMatchObject({ changed: ['concepts/b'], metadataChanged: false });
    expect(service.conceptData('b')!.body.html).toContain('New prose.');
    expect(prose!.index.graph).toBe(before.graph);
    expect(prose!.index.search).toBe(before.search);
    expect(service.graphData()).toEqual(graph);
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
    expect(added).not.toBeNull();
    expect(service.state().concepts.map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(service.conceptData('c')!.neighbours.map((n) => n.id)).toEqual(['a']);
    expect(service.conceptData('a')!.neighbours.map((n) => n.id)).toEqual(['c']);

    renameSync(join(dir, 'concepts/c.md'), join(dir, 'concepts/d.md'));
    const renamed = await service.update([join(dir, 'concepts/c.md'), join(dir, 'concepts/d.md')]);
    expect(service.state().concepts.map((c) => c.id)).toEqual(['a', 'b', 'd']);
    expect(service.conceptData('c')).toBeUndefined();
    expect(renamed!.changed).toEqual(['concepts/c', 'concepts/d']);

    unlinkSync(join(dir, 'concepts/b.md'));
    const deleted = await service.update([join(dir, 'concepts/b.md')]);
    expect(deleted).not.toBeNull();
    expect(service.state().concepts.map((c) => c.id)).toEqual(['a', 'd']);
    // A's body, rendered for its data file above, links to b.
    expect(rules()).toEqual(['concepts/a.md broken-link', 'concepts/d.md orphan', 'roadmaps/r.md broken-link']);
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
    expect(waiting.state().concepts).toEqual([]);
    expect(await waiting.update([absent])).toBeNull();

    mkdirSync(join(absent, 'concepts'), { recursive: true });
    writeFileSync(join(absent, 'concepts/x.md'), concept('X', '', 'Body of X.'));
    const appeared = await waiting.update([absent]);
    expect(waiting.missing()).toBe(false);
    expect(appeared).toMatchObject({ changed: ['concepts/x'], metadataChanged: true });
    expect(waiting.state().concepts.map((c) => c.id)).toEqual(['x']);
    expect(waiting.body('concepts/x')!.html).toContain('Body of X.');
  });

  it('empties when the folder is deleted, and reads it whole when it comes back', async () => {
    rmSync(dir, { recursive: true, force: true });
    const gone = await service.update([join(dir, 'concepts/a.md'), dir]);
    expect(service.missing()).toBe(true);
    expect(gone!.changed).toEqual(['concepts/a', 'concepts/b', 'roadmaps/r']);
    expect(service.state().concepts).toEqual([]);
    expect(gone!.index.bodies).toEqual({});
    expect(service.hasAsset('assets/fig.svg')).toBe(false);

    write('concepts/a.md', concept('A again'));
    const back = await service.update([dir]);
    expect(service.missing()).toBe(false);
    expect(back).not.toBeNull();
    expect(service.state().concepts.map((c) => c.title)).toEqual(['A again']);
    expect(service.conceptData('a')!.concept.title).toBe('A again');
    expect(back!.index.graph).not.toBe(gone!.index.graph);
  });
});
