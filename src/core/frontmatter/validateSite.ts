import type { SiteConfig } from '../model';
import { FieldReader, type Scope } from './FieldReader';

/** Fields `site.yaml` may have. */
export const SITE_FIELDS = ['title', 'description', 'featuredRoadmap', 'editUrl', 'siteUrl'] as const;

/** Used when the content folder has no `site.yaml`. */
export const DEFAULT_SITE: SiteConfig = { title: 'Roadmaps', description: '' };

/** Checks `site.yaml`. Whether `featuredRoadmap` exists is checked across files. */
export function validateSite(reader: FieldReader, data: Record<string, unknown>): SiteConfig {
  const top: Scope = { data, path: [] };
  reader.unknownFields(top, SITE_FIELDS);
  const title = reader.title(top, 'title', true) ?? DEFAULT_SITE.title;
  const description = reader.string(top, 'description', false) ?? '';
  const featuredRoadmap = reader.string(top, 'featuredRoadmap', false);
  let editUrl = reader.string(top, 'editUrl', false);
  if (editUrl !== undefined && (!/^https?:\/\//.test(editUrl) || !editUrl.includes('{path}'))) {
    reader.invalid(top, 'editUrl', 'an `http(s)://` address containing `{path}`', editUrl);
    editUrl = undefined;
  }
  // Where the site is published: sitemap.xml needs absolute addresses.
  let siteUrl = reader.string(top, 'siteUrl', false);
  if (siteUrl !== undefined && !/^https?:\/\/[^/?#\s]+(\/[^?#\s]*)?$/.test(siteUrl)) {
    reader.invalid(top, 'siteUrl', 'an `http(s)://` address without a query or fragment', siteUrl);
    siteUrl = undefined;
  }
  return {
    title,
    description,
    ...(featuredRoadmap === undefined ? {} : { featuredRoadmap }),
    ...(editUrl === undefined ? {} : { editUrl }),
    ...(siteUrl === undefined ? {} : { siteUrl: siteUrl.replace(/\/+$/, '') }),
  };
}
