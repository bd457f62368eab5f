import type { LighthouseScores } from './lighthouseScores';
import type { PageLoad } from './measurePageLoad';

/** The pages opened by URL at every size. */
export const SITE_PAGES = ['concept', 'roadmap', 'home'] as const;
export type SitePage = (typeof SITE_PAGES)[number];

/** What the site suite measured on one synthetic site. */
export interface SizeFigures {
  readonly concepts: number;
  readonly buildMs: number;
  readonly compileMs: number;
  readonly distBytes: number;
  readonly distFiles: number;
  /** Medians of the runs, per page, unthrottled and with the CPU slowed 4×. */
  readonly pages: Readonly<Record<SitePage, { readonly plain: PageLoad; readonly throttled: PageLoad }>>;
}

/** Everything the site suite measured. */
export interface SiteFigures {
  readonly sizes: readonly SizeFigures[];
  readonly plan?: {
    readonly concepts: number;
    readonly steps: number;
    readonly listVisible: number;
    readonly domNodes: number;
    readonly runs: number;
  };
  readonly search?: { readonly concepts: number; readonly firstResults: number; readonly bytes: number; readonly query: number };
  /** By page name (home, roadmap, concept, course, plan); absent when Lighthouse could not run. */
  readonly lighthouse?: readonly (LighthouseScores & { readonly page: string })[];
  readonly runs: number;
}
