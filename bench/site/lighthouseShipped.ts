import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodePlanUrl } from '../../src/core/planner';
import { hrefFor } from '../../src/core/route';
import { compileFolder } from '../../src/node/content/compileFolder';
import { buildSite } from './buildSite';
import { lighthouseScores } from './lighthouseScores';
import { serveStatic } from './serveStatic';
import type { SiteFigures } from './SiteFigures';

/**
 * Lighthouse on the shipped site (`content/`), built into a temporary folder and served as a
 * static host would: home, the featured roadmap, its first concept, the first course, and the
 * plan of that course's first week.
 */
export async function lighthouseShipped(executable: string, log: (line: string) => void): Promise<NonNullable<SiteFigures['lighthouse']>> {
  const contentDir = fileURLToPath(new URL('../../content', import.meta.url));
  const { result } = await compileFolder(contentDir, { parallel: false });
  const roadmap = result.roadmaps.find((r) => r.id === result.site.featuredRoadmap) ?? result.roadmaps[0];
  const concept = roadmap?.concepts[0] ?? result.concepts[0]?.id;
  const course = result.courses[0];
  const week = course?.weeks[0];
  if (!roadmap || !concept || !course || !week) throw new Error('site: the shipped content lacks a roadmap, concept or course');
  const pages = [
    ['home', '/'],
    ['roadmap', hrefFor({ kind: 'roadmap', id: roadmap.id })],
    ['concept', hrefFor({ kind: 'concept', id: concept })],
    ['course', hrefFor({ kind: 'course', id: course.id })],
    ['plan', encodePlanUrl({ targets: week.targets, known: [] })],
  ] as const;
  const outDir = await mkdtemp(join(tmpdir(), 'site-bench-shipped-'));
  try {
    log('site: shipped content: vite build');
    await buildSite(contentDir, outDir);
    const server = await serveStatic(outDir);
    try {
      log(`site: shipped content: Lighthouse on ${pages.map(([name]) => name).join(', ')}`);
      const scores = await lighthouseScores(
        executable,
        pages.map(([, path]) => server.origin + path),
      );
      return scores.map((s, i) => ({ ...s, page: pages[i]![0] }));
    } finally {
      await server.close();
    }
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}
