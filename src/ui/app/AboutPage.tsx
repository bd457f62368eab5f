import { useDocumentTitle } from '../common/useDocumentTitle';
import { useAppHref } from '../common/useAppHref';

/** A short guide to the site itself. */
export function AboutPage() {
  const appHref = useAppHref();
  useDocumentTitle('About');
  return (
    <article className="page about-page prose-page">
      <h1 tabIndex={-1}>How this site works</h1>
      <p className="lead">
        Every concept here lists what you need to know first. Tell the site what you know, and it works out the shortest path to what you
        want to learn.
      </p>

      <h2>Red links and green links</h2>
      <p>
        <span className="link-sample link-internal">Red links</span> with a dotted underline lead to concepts on this site. A check mark
        after one means you know that concept; a half-filled circle means you are learning it. Hover over or focus a red link to preview the
        concept.
      </p>
      <p>
        <span className="link-sample link-external">Green links</span> with a solid underline and an arrow leave the site: books, videos,
        papers and notes to learn from.
      </p>

      <h2>How plans are computed</h2>
      <p>
        A plan for a concept holds everything it needs, and everything those need in turn, except what you already know: marking a concept
        known also removes whatever only it needed. Steps come after their prerequisites, one chain at a time, with the goal last. Each step
        shows its estimated time and whether it is ready now (all of its prerequisites known); “Why is this here?” shows the chain from a
        step to the goal.
      </p>
      <p>
        A plan link can be shared. A teacher can share a plan that assumes the class knows some concepts: they show as “assumed” and count
        as known in that plan only, without changing your own progress.
      </p>
      <p>
        You can also type one: <code>/plan/</code> followed by a concept’s id (the last part of its address), or several ids separated by
        commas, opens the plan for them.
      </p>

      <h2>Keyboard</h2>
      <ul>
        <li>
          <kbd>/</kbd> or <kbd>Ctrl</kbd>+<kbd>K</kbd> opens search; <kbd>↑</kbd> <kbd>↓</kbd> choose a result, <kbd>Enter</kbd> opens it,{' '}
          <kbd>Esc</kbd> closes.
        </li>
        <li>
          In a graph, <kbd>↑</kbd> and <kbd>↓</kbd> move to a prerequisite or to what needs the concept, <kbd>←</kbd> <kbd>→</kbd> along its
          layer, <kbd>Enter</kbd> opens it; <kbd>+</kbd> and <kbd>−</kbd> zoom, <kbd>0</kbd> fits the whole graph, and <kbd>Shift</kbd> with
          an arrow pans.
        </li>
      </ul>

      <h2>Where your progress lives</h2>
      <p>
        Only in this browser (its local storage); nothing is sent anywhere. Open tabs stay in step. To move your progress, or keep a copy,
        export it as a file on the <a href={appHref('/settings')}>progress page</a> and import it elsewhere: importing merges, it never
        deletes.
      </p>

      <h2>Writing content</h2>
      <p>
        Each concept is a Markdown file in <code>content/concepts/</code> whose name is its id. Its front matter gives a title, a summary,
        prerequisites (each with the reason it is needed), resources, goals and an optional time estimate. Link to another concept with{' '}
        <code>[[id]]</code> or <code>[text](id)</code>; any <code>https://</code> link is external. Roadmaps live in{' '}
        <code>content/roadmaps/</code>. Run <code>npm run check</code> to see every problem with its file and line, and{' '}
        <code>npm run new -- concept "Title"</code> to start a new concept.
      </p>
    </article>
  );
}
