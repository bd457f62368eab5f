import { CONCEPT_ID_PATTERN } from '../model';
import type { Progress, ProgressState, SavedPlan } from './Progress';
import { PROGRESS_VERSION } from './Progress';

/** Either the validated value or the reason it was refused (one sentence). */
export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

const MAX_TITLE = 300;
const MAX_URL = 4096;

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

/** Checks a value claiming to be progress schema v1 and copies the fields it knows. */
export function validateProgress(value: unknown): Checked<Progress> {
  if (!isRecord(value)) return { ok: false, reason: 'expected an object' };
  if (value.version !== PROGRESS_VERSION)
    return { ok: false, reason: `expected version ${PROGRESS_VERSION}, found \`${String(value.version)}\`` };
  const states = validateStates(value.states);
  if (!states.ok) return states;
  const plans = validatePlans(value.plans ?? []);
  if (!plans.ok) return plans;
  if (typeof value.updatedAt !== 'string') return { ok: false, reason: 'expected `updatedAt` to be a time' };
  return { ok: true, value: { version: PROGRESS_VERSION, states: states.value, plans: plans.value, updatedAt: value.updatedAt } };
}
