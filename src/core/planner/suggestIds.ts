import { editDistance } from '../text';

/**
 * Up to `limit` ids close to `query`, closest first (ties by id): those within a few edits (about
 * a third of the query's length), then those holding every word of the query, where a word also
 * matches its other forms (`convolutional-nets` → `convolutional-neural-nets`, `matrix` →
 * `matrices`), fewest other words first, then those that contain the query or that it starts
 * with. Used for "did you mean" in plan errors and on the not-found page.
 */
export function suggestIds<T extends string>(ids: Iterable<T>, query: string, limit = 3): T[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [];
  const maxEdits = Math.max(1, Math.floor(q.length / 3));
  const words = q.split('-').filter((w) => w.length >= 2);
  const scored: { id: T; score: number }[] = [];
  for (const id of ids) {
    const distance = editDistance(q, id, maxEdits);
    if (distance <= maxEdits) {
      scored.push({ id, score: distance });
      continue;
    }
    const idWords = id.split('-');
    if (words.length > 0 && words.every((w) => idWords.some((x) => sameWord(w, x)))) {
      scored.push({ id, score: maxEdits + 1 + 0.01 * (idWords.length - words.length) });
    } else if ((q.length >= 3 && id.includes(q)) || (id.length >= 4 && q.startsWith(id))) {
      scored.push({ id, score: maxEdits + 2 });
    }
  }
  scored.sort((x, y) => x.score - y.score || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return scored.slice(0, limit).map((s) => s.id);
}

/**
 * The same word or, for words of five letters or more, another form of it: they agree up to
 * their last two or three letters (`matrix`/`matrices`, `network`/`networks`, `regression`/`regressions`).
 */
function sameWord(word: string, other: string): boolean {
  if (word === other) return true;
  if (word.length < 5 || other.length < 4 || Math.abs(word.length - other.length) > 3) return false;
  let shared = 0;
  while (shared < word.length && word[shared] === other[shared]) shared++;
  return shared >= Math.max(4, word.length - 2) && shared >= other.length - 3;
}
