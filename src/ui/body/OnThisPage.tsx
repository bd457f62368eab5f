import { useEffect, useState } from 'react';
import type { BodyHeading } from '../../core/model';
import { useAppStore } from '../../store';
import { selectBodyHeadings } from '../../store';
import { useMediaQuery } from '../common/useMediaQuery';

/** Fewer headings than this and the page is short enough to scroll through. */
const MIN_HEADINGS = 3;
/** As wide as the page column plus the contents beside it (see `.with-contents` in layout.css). */
const WIDE = '(min-width: 68rem)';
/** A heading this close to the top of the window (px) counts as the one being read. */
const READING_LINE = 96;

/** "On this page" for a rendered body: its `##` and `###` headings, once it has loaded. */
export function BodyContents({ bodyKey }: { readonly bodyKey: string }) {
  const headings = useAppStore((s) => selectBodyHeadings(s, bodyKey));
  return <OnThisPage headings={headings} />;
}

/**
 * "On this page": a page's sections as anchor links, beside the text on wide screens (open,
 * following the section being read) and folded above it on narrow ones. Pass a stable array.
 */
export function OnThisPage({ headings }: { readonly headings: readonly BodyHeading[] }) {
  const wide = useMediaQuery(WIDE);
  const current = useCurrentHeading(headings);
  if (headings.length < MIN_HEADINGS) return null;
  return (
    <nav className="on-this-page" aria-labelledby="on-this-page-heading">
      {/* Keyed by width, so turning a phone or resizing resets it open or folded. */}
      <details key={String(wide)} open={wide}>
        <summary id="on-this-page-heading">On this page</summary>
        <ol>
          {headings.map((h) => (
            <li key={h.id} className={h.depth === 3 ? 'sub' : undefined}>
              <a href={`#${encodeURIComponent(h.id)}`} aria-current={h.id === current ? 'location' : undefined}>
                {h.text}
              </a>
            </li>
          ))}
        </ol>
      </details>
    </nav>
  );
}

/** The id of the last heading above the reading line, followed while the page scrolls. */
function useCurrentHeading(headings: readonly BodyHeading[]): string | undefined {
  const [current, setCurrent] = useState<string>();
  useEffect(() => {
    if (headings.length < MIN_HEADINGS) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      let found: string | undefined;
      for (const h of headings) {
        const element = document.getElementById(h.id);
        if (!element) continue;
        if (element.getBoundingClientRect().top > READING_LINE) break;
        found = h.id;
      }
      setCurrent(found);
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    measure();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule, { passive: true });
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [headings]);
  return current;
}
