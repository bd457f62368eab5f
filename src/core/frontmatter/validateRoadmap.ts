import { FieldReader, type Scope } from './FieldReader';

/** Fields a roadmap's front-matter may have. */
export const ROADMAP_FIELDS = ['title', 'summary', 'author', 'audience'] as const;

/** A roadmap's front-matter fields (its concepts come from its body's links). */
export interface RoadmapFields {
  readonly title: string;
  readonly summary: string;
  readonly author?: string;
  readonly audience?: string;
}

/** Checks a roadmap's front-matter; a missing title falls back to the id so the roadmap still lists. */
export function validateRoadmap(reader: FieldReader, id: string, data: Record<string, unknown>): RoadmapFields {
  const top: Scope = { data, path: [] };
  reader.unknownFields(top, ROADMAP_FIELDS);
  const title = reader.title(top, 'title', true) ?? id;
  const summary = reader.string(top, 'summary', true) ?? '';
  const author = reader.string(top, 'author', false);
  const audience = reader.string(top, 'audience', false);
  return {
    title,
    summary,
    ...(author === undefined ? {} : { author }),
    ...(audience === undefined ? {} : { audience }),
  };
}
