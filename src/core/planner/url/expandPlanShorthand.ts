import { PLAN_URL_PREFIX } from './planUrl';

// `/plan/<ids>` with no format segment: ids are kebab-case, and `v<digits>` is kept for formats.
const SHORTHAND = /^\/plan\/([a-z0-9-]+(?:,[a-z0-9-]+)*)\/?((?:\?[^#]*)?)$/;
const FORMAT = /^v\d+$/;

/**
 * The plan URL a hand-typed `/plan/<id>[,<id>…][?…]` stands for: `/plan/v1/<ids>[?…]`; undefined
 * for anything else (including every versioned URL, which is left to the planner to judge).
 * Lets an instructor type `/plan/backpropagation` and get the plan, not an error.
 */
export function expandPlanShorthand(url: string): string | undefined {
  const match = SHORTHAND.exec(url);
  if (!match || FORMAT.test(match[1]!) || match[1] === 'new') return undefined;
  return `${PLAN_URL_PREFIX}${match[1]}${match[2]}`;
}
