import { useId } from 'react';
import type { ProgressState } from '../../core/progress';
import { useAppStore } from '../../store';

const options: readonly { readonly value: ProgressState | null; readonly label: string }[] = [
  { value: null, label: 'Not started' },
  { value: 'learning', label: 'Learning' },
  { value: 'known', label: 'Known' },
];

/** Three radio buttons for a concept's state; arrow keys move between them as usual. */
export function StateControl({ id, state, title }: { readonly id: string; readonly state: ProgressState | null; readonly title: string }) {
  const mark = useAppStore((s) => s.mark);
  const name = useId();
  return (
    <fieldset className="state-control">
      <legend className="sr-only">Your progress on {title}</legend>
      {options.map((option) => (
        <label key={option.label} className="state-option" data-value={option.value ?? 'none'}>
          <input type="radio" name={name} checked={state === option.value} onChange={() => mark(id, option.value)} />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
