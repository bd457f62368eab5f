import type { ReactNode } from 'react';
import { CodeSpans } from '../common/CodeSpans';

/** The page for a plan link that does not work: what is wrong with it, then where to go instead (`children`). */
export function BrokenPlanLink({ message, children }: { readonly message: string; readonly children: ReactNode }) {
  return (
    <div className="page">
      <h1 tabIndex={-1}>This plan link does not work</h1>
      <p className="lead">
        <CodeSpans text={message} />
      </p>
      {children}
    </div>
  );
}
