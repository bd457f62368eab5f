import { useMemo } from 'react';
import { ConceptLink } from '../common/ConceptLink';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { useSearchIndex } from '../search/useSearchIndex';
import { useAppHref } from '../common/useAppHref';
import { TextWithMath } from '../common/TextWithMath';

/** What the learner asked for that does not exist, when it was a concept or a roadmap. */
export type Missing = { readonly kind: 'concept' | 'roadmap' | 'page'; readonly id: string };

/** Words to look for, taken from the missing id or the last part of the path. */
function searchText(path: string, missing?: Missing): string {
  const raw = missing?.id ?? path.split('/').filter(Boolean).pop() ?? '';
  return raw.replace(/[-_.]+/g, ' ').trim();
}

/** The 404 page: says what was not found and suggests close concepts. */
export function NotFoundPage({ path, missing }: { readonly path: string; readonly missing?: Missing }) {
  const index = useSearchIndex();
  const appHref = useAppHref();
  const text = searchText(path, missing);
  const suggestions = useMemo(() => (index && text ? index.search(text, { limit: 5, match: 'any' }) : []), [index, text]);
  const heading = missing?.kind === 'concept' ? 'No such concept' : missing?.kind === 'roadmap' ? 'No such roadmap' : 'Page not found';
  useDocumentTitle(heading);
  return (
    <div className="page not-found">
      <h1 tabIndex={-1}>{heading}</h1>
      <p className="lead">
        {missing && missing.kind !== 'page' ? (
          <>
            This site has no {missing.kind} called <code>{missing.id}</code>.
          </>
        ) : (
          <>
            Nothing lives at <code>{path}</code>.
          </>
        )}{' '}
        It may have been renamed or removed.
      </p>
      {suggestions.length > 0 && (
        <section aria-labelledby="suggestions">
          <h2 id="suggestions">Did you mean</h2>
          <ul className="ref-list">
            {suggestions.map((hit) => (
              <li key={hit.id}>
                <ConceptLink id={hit.id}>{hit.title}</ConceptLink>
                <span className="ref-reason">
                  <TextWithMath text={hit.summary} html={hit.summaryHtml} />
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p>
        <a href={appHref('/')}>Go to the home page</a> or press <kbd>/</kbd> to search.
      </p>
    </div>
  );
}
