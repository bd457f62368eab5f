import { editDistance } from '../content/editDistance';

/**
 * Up to `limit` ids close to `query`, closest first (ties by id): those within a few edits (about
 * a third of the query's length), then those holding every word of the query
 * (`convolutional-nets` → `convolutional-neural-nets`), then those that contain the query or that
 * it starts with. Used for "did you mean" in plan errors and on the not-found page.
 */
export function suggestIds<T extends string>(ids: Iterable<T>, query: string, limit = 3): T[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [];
  const maxEdits = Math.max(1, Math.floor(q.length / 3));
  const words = q.split('-').filter((w) => w.length >= 2);
  const scored: { id: T; score: number }[] = [];
  for (const id of ids) {
    const distance = editDistance(q, id, maxEdits);
    if (distance <= maxEdits) scored.push({ id, score: distance });
    else if (words.length >= 2 && words.every((w) => id.split('-').includes(w))) scored.push({ id, score: maxEdits + 1 });
    else if ((q.length >= 3 && id.includes(q)) || (id.length >= 4 && q.startsWith(id))) scored.push({ id, score: maxEdits + 2 });
  }
  scored.sort((x, y) => x.score - y.score || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return scored.slice(0, limit).map((s) => s.id);
}
