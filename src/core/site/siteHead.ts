import type { SiteConfig } from '../model';
import { pageHead } from './pageHead';
import { withPageHead } from './withPageHead';

/**
 * The app shell (`index.html`, `404.html`) with the site's head: its title, description and
 * link-preview tags from `site.yaml`. No canonical address: the shell answers every address that
 * has no page of its own (a plan link), so it cannot name one.
 */
export function withSiteHead(html: string, site: Pick<SiteConfig, 'title' | 'description'>): string {
  return withPageHead(html, pageHead({ path: '/', kind: 'home' }, { title: site.title, description: site.description }, { base: '' }));
}
