import type { Concept, Prerequisite } from '../../model';
import type { ConceptFacts } from '../FileFacts';
import type { LinkResolver } from '../../links';
import { createDiagnostic } from '../../diagnostics';
import type { Diagnostic, RuleId } from '../../diagnostics';

/**
 * Checks one concept's prerequisites against the content (unknown, itself, listed twice) and
 * returns its metadata with only the valid ones, aliases resolved to current ids, so the app never
 * meets a dangling id. The facts' own object is returned when nothing changes.
 */
export function checkPrerequisites(facts: ConceptFacts, resolver: LinkResolver, diagnostics: Diagnostic[]): Concept {
  const { meta } = facts;
  let kept: Prerequisite[] | undefined;
  // Canonical ids accepted so far (lists are short: a scan beats a set).
  const accepted: string[] = [];
  for (let i = 0; i < meta.prerequisites.length; i++) {
    const prerequisite = meta.prerequisites[i]!;
    const found = resolver.concept(prerequisite.id);
    let problem: [RuleId, string, string?] | undefined;
    if (prerequisite.id === meta.id || found?.id === meta.id) {
      problem = ['self-prerequisite', `Expected prerequisites other than the concept itself, found \`${prerequisite.id}\`.`];
    } else if (!found) {
      const guess = resolver.suggestConcept(prerequisite.id);
      const hint = guess ? `; did you mean \`${guess}\`?` : '.';
      problem = [
        'unknown-prerequisite',
        `Expected a prerequisite that is an existing concept id, found \`${prerequisite.id}\`${hint}`,
        guess,
      ];
    } else if (accepted.includes(found.id)) {
      problem = ['invalid-field', `Expected each prerequisite once, found \`${prerequisite.id}\` again.`];
    }
    if (problem) {
      const [rule, message, expected] = problem;
      const extras = { actual: prerequisite.id, ...(expected ? { expected } : {}) };
      diagnostics.push(createDiagnostic(facts.path, facts.locate(facts.prerequisitePaths[i]!), rule, message, extras));
      kept ??= meta.prerequisites.slice(0, i);
      continue;
    }
    accepted.push(found!.id);
    if (found!.id === prerequisite.id) {
      kept?.push(prerequisite);
      continue;
    }
    kept ??= meta.prerequisites.slice(0, i);
    kept.push({ ...prerequisite, id: found!.id });
  }
  return kept === undefined ? meta : { ...meta, prerequisites: kept };
}
