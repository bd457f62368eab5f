import type { ReactNode } from 'react';
import { formatDuration, plural } from '../../core/text';
import { Icon } from './Icon';
import { useAppHref } from './useAppHref';

/** The primary "get a plan" link (`href`: the plan's app path), with the plan's size and time as a note. */
export function PlanButton({
  href,
  steps,
  minutes,
  children,
}: {
  readonly href: string;
  readonly steps: number;
  readonly minutes: number;
  readonly children: ReactNode;
}) {
  const appHref = useAppHref();
  return (
    <a className="button button-primary" href={appHref(href)}>
      <Icon name="plan" /> {children}
      <span className="button-note">
        {plural(steps, 'step')}, {formatDuration(minutes)}
      </span>
    </a>
  );
}
