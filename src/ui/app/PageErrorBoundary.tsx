import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useAppHref } from '../common/useAppHref';

interface State {
  readonly error: Error | null;
}

/**
 * Keeps one broken page from blanking the whole app: the header, search and navigation keep
 * working, and the page says what happened. Keyed by URL, so leaving the page resets it.
 */
export class PageErrorBoundary extends Component<{ readonly children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="page">
        <h1 tabIndex={-1}>Something went wrong on this page</h1>
        <p className="lead">Your progress is safe. Try reloading, or go back to the home page.</p>
        <pre className="error-detail">{this.state.error.message}</pre>
        <p>
          <HomeLink />
        </p>
      </div>
    );
  }
}

// A function component, so the class above can use the site's base through a hook.
function HomeLink() {
  const appHref = useAppHref();
  return <a href={appHref('/')}>Go to the home page</a>;
}
