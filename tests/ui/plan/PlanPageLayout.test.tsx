// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../renderApp';

/** A window `width` CSS pixels wide (16 px to the rem), as far as `max-width` queries go. */
function stubWidth(width: number) {
  vi.stubGlobal('matchMedia', (query: string) => {
    const max = /max-width: ([\d.]+)rem/.exec(query);
    return {
      matches: max ? width <= Number(max[1]) * 16 : false,
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    };
  });
}

const stepsSection = () => screen.getByRole('heading', { level: 2, name: 'Steps' }).closest('section')!;
const follows = (a: Node, b: Node) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

afterEach(() => vi.unstubAllGlobals());

describe('the plan page by width', () => {
  it('on a phone, puts the steps first and the graph behind a button', async () => {
    stubWidth(390);
    const { user } = renderApp('/plan/v1/backpropagation');
    expect(document.querySelector('.plan-graph, .graph-slot-placeholder')).toBeNull();
    const show = screen.getByRole('button', { name: 'Show the graph' });
    expect(show.getAttribute('aria-expanded')).toBe('false');
    const panel = document.getElementById(show.getAttribute('aria-controls')!)!;
    expect(panel.hidden).toBe(true);
    expect(follows(show, stepsSection())).toBe(true);

    await user.click(show);
    expect(show.getAttribute('aria-expanded')).toBe('true');
    expect(show.textContent).toBe('Hide the graph');
    expect(panel.hidden).toBe(false);
    expect(panel.querySelector('.plan-graph')).not.toBeNull();
    await user.click(show);
    expect(document.querySelector('.plan-graph')).toBeNull();
  });

  it('on a wide screen, shows the graph above the steps as before', () => {
    stubWidth(1280);
    renderApp('/plan/v1/backpropagation');
    expect(screen.queryByRole('button', { name: 'Show the graph' })).toBeNull();
    const graph = document.querySelector('.plan-graph')!;
    expect(graph).not.toBeNull();
    expect(follows(graph, stepsSection())).toBe(true);
  });
});
