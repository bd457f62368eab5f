import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FILE_START } from '../../core/diagnostics';
import { BAIL, DEFAULT_SITE, FieldReader, loadYaml, validateSite } from '../../core/frontmatter';
import type { SiteConfig } from '../../core/model';

/**
 * The site's title and description from `<dir>/site.yaml`, read as the compiler reads them, for
 * what is fixed when the build is configured (the install manifest). A missing or unreadable file
 * gives the defaults: the content build reports its problems.
 */
export function readSiteSummary(dir: string): Pick<SiteConfig, 'title' | 'description'> {
  let text: string;
  try {
    text = readFileSync(join(dir, 'site.yaml'), 'utf8');
  } catch {
    return DEFAULT_SITE;
  }
  const data = loadYaml(text);
  if (data === BAIL) return DEFAULT_SITE;
  const { title, description } = validateSite(new FieldReader('site.yaml', { locate: () => FILE_START }), data);
  return { title, description };
}
