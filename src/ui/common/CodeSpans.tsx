import { Fragment } from 'react';

/**
 * A message whose `backticked` parts (paths, ids, field names) show as code rather than with
 * literal backticks. With an unpaired backtick the text shows as it is.
 */
export function CodeSpans({ text }: { readonly text: string }) {
  const parts = text.split('`');
  if (parts.length % 2 === 0) return <>{text}</>;
  return <>{parts.map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : <Fragment key={i}>{part}</Fragment>))}</>;
}
