import { CONCEPT_ID_PATTERN } from '../model';
import type { Progress, ProgressState, SavedPlan } from './Progress';
import { PROGRESS_VERSION } from './Progress';
import { validateClearedAt, validatePlacements, validateReviews } from './validateReviews';

/** Either the validated value or the reason it was refused (one sentence). */
export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

const MAX_TITLE = 300;
const MAX_URL = 4096;
const MAX_TIME = 64;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks an id → state map: keys must be well-formed ids, values `known` or `learning`. The result
 * is a fresh object with own properties only, so a `__proto__` key stays an ordinary entry.
 */
export function validateStates(value: unknown): Checked<Record<string, ProgressState>> {
  if (!isRecord(value)) return { ok: false, reason: 'expected `states` to be an object' };
  const entries: [string, ProgressState][] = [];
  for (const [key, state] of Object.entries(value)) {
    if (!CONCEPT_ID_PATTERN.test(key)) return { ok: false, reason: `expected concept ids as keys, found \`${key.slice(0, 40)}\`` };
    if (state !== 'known' && state !== 'learning') {
      return { ok: false, reason: `expected \`known\` or \`learning\` for \`${key}\`, found \`${String(state).slice(0, 40)}\`` };
    }
    entries.push([key, state]);
  }
  return { ok: true, value: Object.fromEntries(entries) };
}

function validatePlans(value: unknown): Checked<SavedPlan[]> {
  if (!Array.isArray(value)) return { ok: false, reason: 'expected `plans` to be a list' };
  const plans: SavedPlan[] = [];
  for (const item of value) {
    if (!isRecord(item)) return { ok: false, reason: 'expected each saved plan to be an object' };
    const { url, title, savedAt } = item;
    if (typeof url !== 'string' || !url.startsWith('/plan/') || url.length > MAX_URL) {
      return { ok: false, reason: 'expected each saved plan to have a `/plan/…` url' };
    }
    if (typeof title !== 'string' || title.length > MAX_TITLE) return { ok: false, reason: 'expected each saved plan to have a title' };
    if (typeof savedAt !== 'string') return { ok: false, reason: 'expected each saved plan to have a `savedAt` time' };
    plans.push({ url, title, savedAt });
  }
  return { ok: true, value: plans };
}

/** A stored time: any ISO 8601 string (compared as text, so the app's own times order correctly). */
function isTime(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_TIME;
}

/** Checks a key → time map whose keys pass `validKey`; absent is empty. */
function validateTimes(value: unknown, field: string, validKey: (key: string) => boolean): Checked<Record<string, string>> {
  if (value === undefined) return { ok: true, value: {} };
  if (!isRecord(value)) return { ok: false, reason: `expected \`${field}\` to be an object` };
  const entries: [string, string][] = [];
  for (const [key, time] of Object.entries(value)) {
    if (!validKey(key)) return { ok: false, reason: `expected \`${field}\` to have valid keys, found \`${key.slice(0, 40)}\`` };
    if (!isTime(time)) return { ok: false, reason: `expected a time for \`${key.slice(0, 40)}\` in \`${field}\`` };
    entries.push([key, time]);
  }
  return { ok: true, value: Object.fromEntries(entries) };
}

const isPlanUrl = (key: string) => key.startsWith('/plan/') && key.length <= MAX_URL;

/** The fields schemas v1 and v2 share, checked. */
function validateCommon(value: Record<string, unknown>) {
  const states = validateStates(value.states);
  if (!states.ok) return states;
  const plans = validatePlans(value.plans ?? []);
  if (!plans.ok) return plans;
  if (!isTime(value.updatedAt)) return { ok: false as const, reason: 'expected `updatedAt` to be a time' };
  return { ok: true as const, value: { states: states.value, plans: plans.value, updatedAt: value.updatedAt } };
}

/**
 * Checks a value claiming to be progress schema v1 (no per-entry times) and migrates it: every
 * state counts as changed at the value's `updatedAt`, the best time it records.
 */
export function validateProgressV1(value: unknown): Checked<Progress> {
  if (!isRecord(value)) return { ok: false, reason: 'expected an object' };
  if (value.version !== 1) return { ok: false, reason: `expected version 1, found \`${String(value.version)}\`` };
  const common = validateCommon(value);
  if (!common.ok) return common;
  const { states, plans, updatedAt } = common.value;
  const changedAt = Object.fromEntries(Object.keys(states).map((key) => [key, updatedAt]));
  return {
    ok: true,
    value: { version: PROGRESS_VERSION, states, changedAt, plans, removedPlans: {}, reviews: {}, placements: [], updatedAt },
  };
}

/**
 * Checks a value claiming to be progress schema v3, or v2 (which has no reviews or placements, and
 * migrates with none), and copies the fields it knows. A state with no time of its own counts as
 * changed at `updatedAt`. Malformed review entries and placement records are dropped one by one.
 */
export function validateProgress(value: unknown): Checked<Progress> {
  if (!isRecord(value)) return { ok: false, reason: 'expected an object' };
  if (value.version !== PROGRESS_VERSION && value.version !== 2)
    return { ok: false, reason: `expected version ${PROGRESS_VERSION}, found \`${String(value.version)}\`` };
  const common = validateCommon(value);
  if (!common.ok) return common;
  const { states, plans, updatedAt } = common.value;
  const times = validateTimes(value.changedAt, 'changedAt', (key) => CONCEPT_ID_PATTERN.test(key));
  if (!times.ok) return times;
  const removed = validateTimes(value.removedPlans, 'removedPlans', isPlanUrl);
  if (!removed.ok) return removed;
  const changedAt = times.value;
  for (const key of Object.keys(states)) if (!Object.hasOwn(changedAt, key)) changedAt[key] = updatedAt;
  const v3 = value.version === PROGRESS_VERSION;
  const progress: Progress = {
    version: PROGRESS_VERSION,
    states,
    changedAt,
    plans,
    removedPlans: removed.value,
    reviews: v3 ? validateReviews(value.reviews) : {},
    placements: v3 ? validatePlacements(value.placements) : [],
    updatedAt,
  };
  const clearedAt = v3 ? validateClearedAt(value.placementsClearedAt) : undefined;
  return { ok: true, value: clearedAt === undefined ? progress : { ...progress, placementsClearedAt: clearedAt } };
}
