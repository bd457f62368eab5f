/** A concept's id: its file name without `.md`, lower-case kebab-case (`feed-forward-neural-nets`). */
export type ConceptId = string & { readonly __brand: 'ConceptId' };

/** Lower-case letters and digits in dash-separated words. */
export const CONCEPT_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True when `value` is a well-formed id (it may still name no concept). */
export function isConceptId(value: string): value is ConceptId {
  return CONCEPT_ID_PATTERN.test(value);
}

/** Brands a string already known to be a well-formed id (from the compiled index). */
export function asConceptId(value: string): ConceptId {
  return value as ConceptId;
}
