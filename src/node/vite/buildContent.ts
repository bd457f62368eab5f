import { createHash } from 'node:crypto';
import type { ConceptData, ContentIndex } from '../../core/model';
import { conceptDataOf, graphConcepts, roadmapPlans, type CompiledContent } from '../../core/compile';
import { encodeGraph, toConceptNode, type GraphData } from '../../core/graph';
import { conceptStatsCounter } from '../../core/planner';
import { searchFile } from './searchFile';
import { compileFolder } from '../content/compileFolder';
import { loadAsset } from '../content/loadAsset';
import { sortDiagnostics, type Diagnostic } from '../../core/diagnostics';

/** A file for the production build: `content/...` under the output folder. */
export interface EmittedFile {
  readonly fileName: string;
  readonly source: string | Uint8Array;
}

/** The compiled content, ready to write: the boot index, every data, body and asset file, and what pages are made from. */
export interface BuiltContent {
  readonly result: CompiledContent;
  readonly index: ContentIndex;
  readonly files: readonly EmittedFile[];
  /** Each concept's data file's contents, by id: what its prerendered page is made from. */
  readonly conceptData: ReadonlyMap<string, ConceptData>;
  /** The graph file's contents. */
  readonly graphData: GraphData;
}

/** First 10 hex digits of the SHA-256 of `text`: enough to bust caches, short in URLs. */
export function contentHash(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 10);
}

/** `content/<name>.<hash>.json` for `json`, as a file and its URL under `base`. */
function hashedJson(name: string, json: string, base: string): { file: EmittedFile; url: string } {
  const fileName = `content/${name}.${contentHash(json)}.json`;
  return { file: { fileName, source: json }, url: `${base}/${fileName}` };
}

/**
 * Compiles the folder for `vite build` and lays it out for the browser, so that what a page
 * loads first does not grow with the site:
 * - `content/concepts/<id>.json`: each concept's data (metadata, body, neighbours, figures);
 * - `content/graph.<hash>.json`: the prerequisite graph, compact (`GraphData`);
 * - `content/search.<hash>.json`: the search index, built here rather than in the browser;
 * - `content/<roadmaps|courses>/<id>.<hash>.json`: roadmap and course bodies;
 * - assets under `content/<path>` (SVGs sanitised, HTML and XML documents left out: `loadAsset`).
 * Hashed names cache forever. URLs start with `base`, the path the site is served under.
 */
export async function buildContent(dir: string, base = ''): Promise<BuiltContent> {
  const { result: compiled, assets: assetPaths } = await compileFolder(dir, { base });
  const files: EmittedFile[] = [];
  const bodies: Record<string, string> = {};
  for (const [key, body] of [...compiled.bodies].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (key.startsWith('concepts/')) continue;
    const { file, url } = hashedJson(key, JSON.stringify(body), base);
    bodies[key] = url;
    files.push(file);
  }
  const { graph } = compiled;
  const concepts = graphConcepts(compiled);
  const stats = conceptStatsCounter(graph);
  const conceptData = new Map<string, ConceptData>();
  for (let i = 0; i < graph.ids.length; i++) {
    const id = graph.ids[i]!;
    const data = conceptDataOf(graph, concepts, i, compiled.bodies.get(`concepts/${id}`), stats(i));
    conceptData.set(id, data);
    files.push({ fileName: `content/concepts/${id}.json`, source: JSON.stringify(data) });
  }
  const graphData = encodeGraph(concepts.map(toConceptNode));
  const graphFile = hashedJson('graph', JSON.stringify(graphData), base);
  const search = searchFile(concepts, base);
  files.push(graphFile.file, { fileName: search.fileName, source: search.source });
  // SVGs are published sanitised (their warnings join the build's diagnostics); documents never.
  const assetWarnings: Diagnostic[] = [];
  for (const path of assetPaths) {
    const asset = await loadAsset(dir, path);
    if (!asset) continue;
    files.push({ fileName: `content/${path}`, source: asset.source });
    if (asset.diagnostic) assetWarnings.push(asset.diagnostic);
  }
  const { site, roadmaps, courses } = compiled;
  // The build prints the diagnostics and fails on errors; learners have no use for the warnings
  // (only the dev app shows them), so the shipped index leaves them out.
  const result = { ...compiled, diagnostics: sortDiagnostics([...compiled.diagnostics, ...assetWarnings]) };
  const index: ContentIndex = {
    site,
    roadmaps,
    courses,
    diagnostics: [],
    bodies,
    graph: graphFile.url,
    search: search.url,
    conceptData: `${base}/content/concepts/`,
    roadmapPlans: roadmapPlans(graph, roadmaps),
  };
  return { result, index, files, conceptData, graphData };
}
