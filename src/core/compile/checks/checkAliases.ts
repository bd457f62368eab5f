import type { ConceptFacts } from '../FileFacts';
import { createDiagnostic, FILE_START } from '../../diagnostics';
import type { Diagnostic } from '../../diagnostics';

const EXPECTED = 'Expected `aliases` to list old ids no other concept uses';

/**
 * `duplicate-id`: an alias must not be any concept's id, another concept's alias, or listed twice.
 * The first claim wins (ids before aliases, then in path order), as in `buildGraph`. A clash
 * between two files is reported in both, since either may be the one just written: at each alias
 * entry, or at the start of the file whose name is the id.
 */
export function checkAliases(concepts: readonly ConceptFacts[], diagnostics: Diagnostic[]): void {
  if (!concepts.some((f) => f.meta.aliases.length > 0)) return;
  const ids = new Map(concepts.map((f) => [f.meta.id as string, f]));
  const owners = new Map<string, { readonly facts: ConceptFacts; readonly entry: number }>();
  for (const facts of concepts) {
    for (const [i, alias] of facts.meta.aliases.entries()) {
      const here = facts.locate(facts.aliasPaths[i]!);
      const report = (message: string) => diagnostics.push(createDiagnostic(facts.path, here, 'duplicate-id', message, { actual: alias }));
      const idOwner = ids.get(alias);
      const aliasOwner = owners.get(alias);
      if (idOwner === facts) report(`${EXPECTED}, found \`${alias}\`, its own id.`);
      else if (idOwner) {
        report(`${EXPECTED}, found \`${alias}\`, the id of \`${idOwner.path}\`.`);
        const message = `Expected the id \`${alias}\` to be no other concept's alias, found it in \`aliases\` of \`${facts.path}\`.`;
        diagnostics.push(createDiagnostic(idOwner.path, FILE_START, 'duplicate-id', message, { actual: alias }));
      } else if (aliasOwner?.facts === facts) report(`${EXPECTED}, found \`${alias}\`, listed twice.`);
      else if (aliasOwner) {
        report(`${EXPECTED}, found \`${alias}\`, already an alias of \`${aliasOwner.facts.path}\`.`);
        const first = aliasOwner.facts;
        const message = `${EXPECTED}, found \`${alias}\`, also an alias of \`${facts.path}\`.`;
        diagnostics.push(
          createDiagnostic(first.path, first.locate(first.aliasPaths[aliasOwner.entry]!), 'duplicate-id', message, { actual: alias }),
        );
      } else owners.set(alias, { facts, entry: i });
    }
  }
}
