import { useState } from 'react';

/**
 * Plans up to this many steps show every step at once, as they always have: the shipped site's
 * plans (the largest about 150 steps) and anything a person writes by hand stay whole, so
 * find-in-page reaches every step. At about 45 DOM nodes a step (the list and its print twin)
 * that is at most some 20,000 nodes, which the browser lays out lazily (`content-visibility` in
 * plan.css, from 300 steps).
 */
const WHOLE_PLAN = 400;
/** Steps shown at first in a longer plan, and added by each "Show the next": about 4,000 DOM nodes. */
const STEP_BATCH = 80;

/** How much of a plan's list is shown, and the way to show more. */
export interface StepWindow {
  /** The number of steps shown, from the first. */
  readonly shown: number;
  /** How many more steps the next batch adds (0 when all are shown). */
  readonly next: number;
  /** The number of steps the plan had when its URL was opened (0 until it has steps). */
  readonly opened: number;
  /** Shows the batches up to and including the step at `index` (0-based). */
  showThrough(index: number): void;
}

interface WindowState {
  readonly url: string;
  readonly opened: number;
  readonly limit: number;
}

/**
 * The part of a long plan's list on the page: the first `STEP_BATCH` steps, then a batch more on
 * each request. The limit is chosen when a plan URL first has steps and kept as steps are marked
 * known or undone, so the list does not jump under the learner; another plan URL starts afresh.
 */
export function useStepWindow(total: number, url: string): StepWindow {
  const fresh = (): WindowState => ({ url, opened: total, limit: total <= WHOLE_PLAN ? Infinity : STEP_BATCH });
  const [state, setState] = useState(fresh);
  const current = state.url !== url || (state.opened === 0 && total > 0) ? fresh() : state;
  if (current !== state) setState(current);
  const shown = Math.min(total, current.limit);
  const batchesThrough = (index: number) => Math.ceil((index + 1) / STEP_BATCH) * STEP_BATCH;
  return {
    shown,
    next: Math.min(total, batchesThrough(shown)) - shown,
    opened: current.opened,
    showThrough: (index) => setState({ ...current, limit: Math.max(shown, batchesThrough(index)) }),
  };
}
