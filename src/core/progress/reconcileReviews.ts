import type { PlacementRecord, Progress, ReviewEntry } from './Progress';
import { comparableTime } from './comparableTime';

/** One part of a merge: the merged value and whether it differs from each side. */
export interface ReconciledPart<T> {
  readonly value: T;
  readonly mineChanged: boolean;
  readonly theirsStale: boolean;
}

const cardText = (entry: ReviewEntry) => (entry.card === null ? '' : JSON.stringify(entry.card));

/** `a` wins over `b`: the later change; on equal times a kept card beats a dropped one, then a fixed order, so both tabs agree. */
function wins(a: ReviewEntry, b: ReviewEntry): boolean {
  const [ta, tb] = [comparableTime(a.changedAt), comparableTime(b.changedAt)];
  if (ta !== tb) return ta > tb;
  return cardText(a) >= cardText(b);
}

const same = (a: ReviewEntry | undefined, b: ReviewEntry | undefined) =>
  a !== undefined && b !== undefined && a.changedAt === b.changedAt && cardText(a) === cardText(b);

/** Review entries merged concept by concept, the later change winning (a dropped schedule included). */
export function reconcileReviews(mine: Progress, theirs: Progress): ReconciledPart<Record<string, ReviewEntry>> {
  const merged: [string, ReviewEntry][] = [];
  let mineChanged = false;
  let theirsStale = false;
  for (const key of new Set([...Object.keys(mine.reviews), ...Object.keys(theirs.reviews)])) {
    const a = Object.hasOwn(mine.reviews, key) ? mine.reviews[key] : undefined;
    const b = Object.hasOwn(theirs.reviews, key) ? theirs.reviews[key] : undefined;
    const won = a === undefined ? b : b === undefined ? a : wins(a, b) ? a : b;
    if (won === undefined) continue;
    merged.push([key, won]);
    mineChanged ||= !same(won, a);
    theirsStale ||= !same(won, b);
  }
  return { value: Object.fromEntries(merged), mineChanged, theirsStale };
}

const placementKey = (record: PlacementRecord) => `${record.at}\n${record.planUrl}`;

function laterTime(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  return comparableTime(a) >= comparableTime(b) ? a : b;
}

/** The records of one side as a set: key → JSON, for comparing. */
function asSet(records: readonly PlacementRecord[]): Map<string, string> {
  return new Map(records.map((record) => [placementKey(record), JSON.stringify(record)]));
}

function sameSet(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  return a.size === b.size && [...a].every(([key, text]) => b.get(key) === text);
}

/**
 * Placement records merged as a set by time and plan URL; records taken in (`addedAt`, else `at`)
 * up to the later reset of either side are dropped. Records only ever accumulate otherwise, so no record has a rival.
 */
export function reconcilePlacements(
  mine: Progress,
  theirs: Progress,
): ReconciledPart<{ readonly placements: readonly PlacementRecord[]; readonly clearedAt: string | undefined }> {
  const clearedAt = laterTime(mine.placementsClearedAt, theirs.placementsClearedAt);
  const cleared = clearedAt === undefined ? '' : comparableTime(clearedAt);
  const byKey = new Map<string, PlacementRecord>();
  for (const record of [...mine.placements, ...theirs.placements]) {
    const added = comparableTime(record.addedAt ?? record.at);
    if (cleared !== '' && added <= cleared) continue;
    const key = placementKey(record);
    const held = byKey.get(key);
    // The same quiz seen twice: the copy taken in later, else a fixed pick, so both tabs keep the same one.
    const heldAdded = held ? comparableTime(held.addedAt ?? held.at) : '';
    if (!held || added > heldAdded || (added === heldAdded && JSON.stringify(record) > JSON.stringify(held))) byKey.set(key, record);
  }
  const placements = [...byKey.values()].sort((x, y) => (placementKey(x) < placementKey(y) ? -1 : 1));
  const merged = asSet(placements);
  return {
    value: { placements, clearedAt },
    mineChanged: !sameSet(merged, asSet(mine.placements)) || clearedAt !== mine.placementsClearedAt,
    theirsStale: !sameSet(merged, asSet(theirs.placements)) || clearedAt !== theirs.placementsClearedAt,
  };
}
