import { hrefFor } from '../../core/route';
import type { RouteKind } from '../../core/route';
import { selectDueCount, useAppStore } from '../../store';
import { Icon } from '../common/Icon';
import { ThemeToggle } from './ThemeToggle';
import { useAppHref } from '../common/useAppHref';

const links: readonly { readonly kind: 'home' | 'plan-new' | 'review' | 'about' | 'settings'; readonly label: string }[] = [
  { kind: 'home', label: 'Home' },
  { kind: 'plan-new', label: 'Build a plan' },
  { kind: 'review', label: 'Review' },
  { kind: 'about', label: 'About' },
  { kind: 'settings', label: 'Progress' },
];

/** Site name, main navigation, search and theme: the same on every page. */
export function Header() {
  const title = useAppStore((s) => s.index.site.title);
  const current: RouteKind = useAppStore((s) => s.route.kind);
  const openSearch = useAppStore((s) => s.openSearch);
  // Shown only when something is due: no count, no nagging, otherwise.
  const due = useAppStore(selectDueCount);
  const appHref = useAppHref();
  return (
    <header className="site-header">
      <div className="header-inner">
        <a className="brand" href={appHref('/')}>
          {title}
        </a>
        <nav aria-label="Main" className="main-nav">
          <ul>
            {links.map(({ kind, label }) => (
              <li key={kind}>
                <a
                  href={appHref(hrefFor({ kind }))}
                  aria-current={current === kind ? 'page' : undefined}
                  aria-label={kind === 'review' && due > 0 ? `${label} ${due} due` : undefined}
                >
                  {label}
                  {kind === 'review' && due > 0 && (
                    <>
                      {' '}
                      <span className="nav-count">{due}</span>
                    </>
                  )}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="header-tools">
          <button type="button" className="search-trigger" onClick={openSearch} aria-keyshortcuts="/ Control+K">
            <Icon name="search" />
            <span>Search</span>
            <kbd aria-hidden="true">/</kbd>
          </button>
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
