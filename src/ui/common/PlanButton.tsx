import type { ReactNode } from 'react';
import { formatMinutes, plural } from './formatMinutes';
import { Icon } from './Icon';

/** The primary "get a plan" link, with the plan's size and time as a note. */
export function PlanButton({ href, steps, minutes, children }: { readonly href: string; readonly steps: number; readonly minutes: number; readonly children: ReactNode }) {
  return (
    <a className="button button-primary" href={href}>
      <Icon name="plan" /> {children}
      <span className="button-note">
        {plural(steps, 'step')}, {formatMinutes(minutes)}
      </span>
    </a>
  );
}
