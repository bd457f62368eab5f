import { decodeGraph } from '../core/graph';
import type { ContentIndex } from '../core/model';
import { pageNeeds, type Route } from '../core/route';
import type { BodyEntry, Preload } from './AppState';
import { asBody, asConceptData, conceptDataUrl } from './slices/contentSlice';

/**
 * Fetches what the page of `route` needs first (`pageNeeds`), for a store's `preload`. Whatever
 * fails is left out: the page then fetches it itself and shows what went wrong, with a retry.
 */
export async function fetchPreload(index: ContentIndex, route: Route, fetchJson: (url: string) => Promise<unknown>): Promise<Preload> {
  const needs = pageNeeds(route);
  const quiet = <T>(promise: Promise<T>): Promise<T | undefined> => promise.catch(() => undefined);
  const bodyUrl = needs.body === undefined ? undefined : index.bodies[needs.body];
  const [concept, body, graph] = await Promise.all([
    needs.concept === undefined ? undefined : quiet(fetchJson(conceptDataUrl(index, needs.concept)).then(asConceptData)),
    bodyUrl === undefined ? undefined : quiet(fetchJson(bodyUrl).then(asBody)),
    needs.graph ? quiet(fetchJson(index.graph).then(decodeGraph)) : undefined,
  ]);
  const bodies: Record<string, BodyEntry> = {};
  if (needs.body !== undefined && bodyUrl !== undefined && body) bodies[needs.body] = { status: 'ready', url: bodyUrl, body };
  return {
    ...(concept ? { conceptData: [concept] } : {}),
    ...(Object.keys(bodies).length > 0 ? { bodies } : {}),
    ...(graph !== undefined && typeof graph !== 'string' ? { graph } : {}),
  };
}
