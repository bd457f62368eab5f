// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ConceptId } from '../../../src/core/model/ConceptId';
import type { PlanSpec } from '../../../src/core/planner/Plan';
import { planFor } from '../../../src/core/planner/planFor';
import { encodePlanUrl } from '../../../src/core/planner/url/planUrl';
import { buildGraph } from '../../../src/core/graph/buildGraph';
import { PlanPageExtras } from '../../../src/ui/instructor/PlanPageExtras';
import { fixtureIndex } from '../fixtures/fixtureIndex';
import { renderWithStore } from './renderInstructor';

const spec: PlanSpec = {
  targets: ['backpropagation' as ConceptId],
  known: ['feed-forward-neural-nets' as ConceptId],
  title: 'Backprop <fast> "now"',
};
const result = planFor(buildGraph(fixtureIndex.concepts), spec.targets, new Set(spec.known));
if (!result.ok) throw new Error(result.error.message);
const plan = result.plan;
const url = encodePlanUrl(spec);
const render = () => renderWithStore(<PlanPageExtras plan={plan} spec={spec} title={spec.title!} url={url} />, { url });

describe('PlanPageExtras', () => {
  it('copies the Markdown checklist of the plan in plan order', async () => {
    const { user } = render();
    await user.click(screen.getByRole('button', { name: 'Copy Markdown' }));
    const markdown = await navigator.clipboard.readText();
    const links = [...markdown.matchAll(/^- \[ \] \[([^\]]+)\]\(([^)]+)\) \((?:\d+ h(?: \d+ min)?|\d+ min)\)$/gm)].map((m) => [m[1], m[2]]);
    expect(links).toEqual(plan.steps.map((s) => [s.title, `${window.location.origin}/concepts/${s.id}`]));
    // The assumed concept is named and linked, not silently missing.
    expect(markdown).toContain(
      `## Assumed known\n\nThe plan leaves these out: it takes them as known.\n\n- [Feed-forward neural nets](${window.location.origin}/concepts/feed-forward-neural-nets)\n`,
    );
    expect(markdown).toContain(`- Plan: <${window.location.origin}${url}>`);
    expect(screen.getByText('Markdown copied.')).toBeTruthy();
  });

  it('offers an iframe snippet with the embed URL and an escaped title', () => {
    render();
    const snippet = (screen.getByRole('textbox', { name: 'Embed this plan on another page' }) as HTMLTextAreaElement).value;
    expect(snippet).toMatch(/^<iframe src="[^"]+\/embed\/plan\/v1\/backpropagation\?[^"]+" title="Backprop &lt;fast&gt; &quot;now&quot;"/);
    const holder = document.createElement('div');
    holder.innerHTML = snippet;
    const frame = holder.querySelector('iframe')!;
    expect(new URL(frame.src).pathname + new URL(frame.src).search).toBe(`/embed${url}`);
    expect(frame.title).toBe(spec.title);
  });

  it('says beside the embed code that readers may not see their own progress in it', () => {
    render();
    const help = screen.getByRole('textbox', { name: 'Embed this plan on another page' }).getAttribute('aria-describedby')!;
    const text = document.getElementById(help)!.textContent!;
    expect(text).toMatch(
      /^Most browsers keep this site’s storage apart inside another site’s page, so readers may not see their own progress/,
    );
    expect(text).not.toMatch(/Each reader sees their own progress/);
  });

  it('shows the text to copy by hand when the clipboard is refused', async () => {
    const { user } = render();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await user.click(screen.getByRole('button', { name: 'Copy plain text' }));
    const field = screen.getByRole('textbox', { name: /copy this instead/ }) as HTMLTextAreaElement;
    expect(field.value).toMatch(/^Backprop <fast> "now"\n/);
    expect(field.value).toContain(`1. ${plan.steps[0]!.title}`);
  });

  it('prints the steps with summaries and core resources, and links to edit a copy', () => {
    render();
    const printed = document.querySelector('.print-steps')!;
    expect(printed.classList.contains('print-only')).toBe(true);
    expect(Array.from(printed.querySelectorAll(':scope > li > strong'), (s) => s.textContent)).toEqual(plan.steps.map((s) => s.title));
    expect(printed.textContent).toContain('Lists of numbers you can add and scale.');
    expect(printed.querySelector('a[href="https://linear.axler.net/"]')).toBeTruthy();
    expect(printed.querySelector('a[href="https://example.com/calculus"]')).toBeNull();
    expect(screen.getByRole('link', { name: 'Edit a copy in the plan builder' }).getAttribute('href')).toBe(
      `/plan/new?from=${encodeURIComponent(url)}`,
    );
  });
});
