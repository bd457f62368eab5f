import { useId, useState } from 'react';
import type { Plan } from '../../core/planner';
import { useAppStore } from '../../store';
import { selectExplanation } from '../../store';
import { TextWithMath } from '../common/TextWithMath';

/** "Why is this here?": a disclosure showing the chain from a step to the goal, with reasons. */
export function WhyHere({ plan, id, title }: { readonly plan: Plan; readonly id: string; readonly title: string }) {
  const [open, setOpen] = useState(false);
  const panel = useId();
  return (
    <div className="why">
      <button type="button" className="link-button" aria-expanded={open} aria-controls={panel} onClick={() => setOpen(!open)}>
        Why is this here?<span className="sr-only"> ({title})</span>
      </button>
      <div id={panel} hidden={!open}>
        {open && <Chain plan={plan} id={id} />}
      </div>
    </div>
  );
}

function Chain({ plan, id }: { readonly plan: Plan; readonly id: string }) {
  const chain = useAppStore((s) => selectExplanation(s, plan, id));
  if (chain.length <= 1) return <p className="why-text">It is a goal of this plan.</p>;
  return (
    <ol className="why-chain">
      {chain.map((link, i) => {
        const next = chain[i + 1];
        return (
          <li key={link.id}>
            <strong>{link.title}</strong>
            {next ? (
              <>
                {' '}
                is needed by <strong>{next.title}</strong>
                {link.reason ? (
                  <>
                    : <TextWithMath text={link.reason} html={link.reasonHtml} />
                  </>
                ) : (
                  '.'
                )}
              </>
            ) : (
              <> is a goal of this plan.</>
            )}
          </li>
        );
      })}
    </ol>
  );
}
