import { launchDebugChromium } from './launchDebugChromium';

/** Lighthouse's category scores (0–100) for one page. */
export interface LighthouseScores {
  readonly url: string;
  readonly scores: Readonly<Record<LighthouseCategory, number>>;
}

export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type LighthouseCategory = (typeof LIGHTHOUSE_CATEGORIES)[number];

/**
 * Runs Lighthouse (its default: a mobile device, simulated slow 4G and 4× CPU) on each URL, one
 * after the other, in a Chromium started for the purpose.
 */
export async function lighthouseScores(executable: string, urls: readonly string[]): Promise<LighthouseScores[]> {
  const { default: lighthouse } = await import('lighthouse');
  const chromium = await launchDebugChromium(executable);
  try {
    const out: LighthouseScores[] = [];
    for (const url of urls) {
      const result = await lighthouse(url, {
        port: chromium.port,
        logLevel: 'error',
        output: 'json',
        onlyCategories: [...LIGHTHOUSE_CATEGORIES],
      });
      if (!result) throw new Error(`site: Lighthouse returned nothing for ${url}`);
      const runtimeError = result.lhr.runtimeError;
      if (runtimeError) throw new Error(`site: Lighthouse failed on ${url}: ${runtimeError.code} ${runtimeError.message}`);
      const score = (c: LighthouseCategory) => Math.round((result.lhr.categories[c]?.score ?? 0) * 100);
      out.push({
        url,
        scores: {
          performance: score('performance'),
          accessibility: score('accessibility'),
          'best-practices': score('best-practices'),
          seo: score('seo'),
        },
      });
    }
    return out;
  } finally {
    await chromium.close();
  }
}
