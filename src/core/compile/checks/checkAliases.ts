import type { ConceptFacts } from '../FileFacts';
import { createDiagnostic } from '../../diagnostics';
import type { Diagnostic } from '../../diagnostics';

/**
 * `duplicate-id`: an alias must not be any concept's id, another concept's alias, or listed twice.
 * The first claim wins (ids before aliases, then in path order), as in `buildGraph`.
 */
export function checkAliases(concepts: readonly ConceptFacts[], diagnostics: Diagnostic[]): void {
  if (!concepts.some((f) => f.meta.aliases.length > 0)) return;
  const ids = new Map(concepts.map((f) => [f.meta.id as string, f]));
  const owners = new Map<string, ConceptFacts>();
  for (const facts of concepts) {
    for (const [i, alias] of facts.meta.aliases.entries()) {
      const idOwner = ids.get(alias);
      const aliasOwner = owners.get(alias);
      let clash: string | undefined;
      if (idOwner === facts) clash = 'its own id';
      else if (idOwner) clash = `the id of \`${idOwner.path}\``;
      else if (aliasOwner === facts) clash = 'listed twice';
      else if (aliasOwner) clash = `already an alias of \`${aliasOwner.path}\``;
      if (clash === undefined) {
        owners.set(alias, facts);
        continue;
      }
      const message = `Expected \`aliases\` to list old ids no other concept uses, found \`${alias}\`, ${clash}.`;
      diagnostics.push(createDiagnostic(facts.path, facts.locate(facts.aliasPaths[i]!), 'duplicate-id', message, { actual: alias }));
    }
  }
}
