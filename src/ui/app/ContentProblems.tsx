import { useState } from 'react';
import { hrefFor } from '../../core/route';
import { pageForFile } from '../../core/route';
import { useAppStore } from '../../store';
import { CodeSpans } from '../common/CodeSpans';
import { plural } from '../../core/text';
import { useAppHref } from '../common/useAppHref';

/** Most problems listed; a folder with thousands lists the first and counts the rest. */
const MAX_LISTED = 200;

/**
 * For authors running the dev server: what `npm run check` would report, errors and warnings,
 * behind a small button in a corner, updated with every save. Vite's overlay shows the first
 * error only and no warnings (an orphan, an unknown field); this lists them all, each linked to
 * its page. Nothing shows when the content is clean.
 */
export function ContentProblems() {
  const diagnostics = useAppStore((s) => s.index.diagnostics);
  const appHref = useAppHref();
  const [open, setOpen] = useState(false);
  if (diagnostics.length === 0) return null;
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const summary = [errors > 0 && plural(errors, 'error'), warnings > 0 && plural(warnings, 'warning')].filter(Boolean).join(', ');
  return (
    <aside
      className="content-problems screen-only"
      aria-label="Content problems"
      onKeyDown={(event) => {
        if (event.key === 'Escape') setOpen(false);
      }}
    >
      {open && (
        <div id="content-problems-list" className="content-problems-panel">
          <p className="muted">
            What <code>npm run check</code> reports for the content folder; shown while authoring only.
          </p>
          <ul>
            {diagnostics.slice(0, MAX_LISTED).map((d, i) => {
              const page = pageForFile(d.file);
              return (
                <li key={i} className={`problem problem-${d.severity}`}>
                  <code className="problem-place">
                    {d.file}:{d.line}:{d.column}
                  </code>{' '}
                  <span className="problem-severity">{d.severity}</span> <CodeSpans text={d.message} />{' '}
                  <span className="muted">[{d.rule}]</span>
                  {page && (
                    <>
                      {' '}
                      <a href={appHref(hrefFor(page))}>Open its page</a>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
          {diagnostics.length > MAX_LISTED && (
            <p className="muted">
              …and {diagnostics.length - MAX_LISTED} more: <code>npm run check</code> lists them all.
            </p>
          )}
        </div>
      )}
      <button
        type="button"
        className={`button button-small problems-toggle problems-${errors > 0 ? 'error' : 'warning'}`}
        aria-expanded={open}
        aria-controls="content-problems-list"
        onClick={() => setOpen(!open)}
      >
        Content: {summary}
      </button>
    </aside>
  );
}
