// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GraphData, GraphNodeData } from '../../../src/ui/graph/GraphData';
import { CANVAS_THRESHOLD, GraphView } from '../../../src/ui/graph/GraphView';
import { WORKER_THRESHOLD } from '../../../src/ui/graph/useGraphLayout';
import { randomLayeredDag } from '../../../bench/randomLayeredDag';

afterEach(cleanup);

const node = (id: string, title: string, state: GraphNodeData['state'] = 'later', step?: number): GraphNodeData => ({
  id,
  title,
  state,
  href: `/concepts/${id}`,
  ...(step === undefined ? {} : { step }),
});

// derivatives → chain-rule → backprop, vectors → backprop, derivatives → backprop (transitive).
const data: GraphData = {
  nodes: [
    node('derivatives', 'Derivatives', 'ready', 1),
    node('vectors', 'Vectors', 'learning', 2),
    node('chain-rule', 'Chain rule', 'later', 3),
    { ...node('backprop', 'Backpropagation', 'later', 4), emphasis: true },
  ],
  edges: [
    [0, 2],
    [2, 3],
    [1, 3],
    [0, 3],
  ],
};

const nodes = () => Array.from(document.querySelectorAll<HTMLAnchorElement>('a.graph-node'));
const byId = (id: string) => document.querySelector<HTMLAnchorElement>(`a.graph-node[data-id="${id}"]`)!;
/** The view transform: one CSS transform on the layer that holds the drawing. */
const transform = () => (document.querySelector('.graph-layer') as HTMLElement).style.transform;

function synthetic(n: number): GraphData {
  const plan = randomLayeredDag(n, 3);
  return { nodes: Array.from({ length: n }, (_, i) => node(`c${i}`, `Concept ${i}`)), edges: plan.edges };
}

describe('GraphView', () => {
  it('draws one link per concept, named with step, title and state, and hides transitive edges', () => {
    render(<GraphView data={data} label="Graph of the plan" onOpen={() => {}} />);
    expect(nodes().map((a) => a.getAttribute('aria-label'))).toEqual([
      'Step 1: Derivatives, ready now',
      'Step 2: Vectors, learning',
      'Step 3: Chain rule, not yet',
      'Step 4: Backpropagation, not yet, goal',
    ]);
    expect(nodes().map((a) => a.getAttribute('href'))).toEqual(data.nodes.map((n) => n.href));
    expect(document.querySelectorAll('.graph-edges path')).toHaveLength(3);
    expect(screen.getByRole('group', { name: /^Graph of the plan\./ })).toBeTruthy();
  });

  it('shows each state by a shape class and icon, not colour alone', () => {
    render(<GraphView data={data} label="Graph" onOpen={() => {}} legend={['ready', 'learning', 'later', 'known']} />);
    expect(byId('derivatives').classList).toContain('state-ready');
    expect(byId('derivatives').querySelector('.graph-glyph-ready')).toBeTruthy();
    expect(byId('vectors').querySelector('.graph-glyph-learning')).toBeTruthy();
    expect(byId('backprop').classList).toContain('is-emphasis');
    expect(screen.getByRole('list', { name: 'Legend' }).textContent).toBe('ready nowlearningnot yetknown');
  });

  it('opens a concept on click and on Enter', async () => {
    const onOpen = vi.fn();
    const user = userEvent.setup();
    render(<GraphView data={data} label="Graph" onOpen={onOpen} />);
    // A plain click: d3-zoom's mousedown handler needs `event.view`, which user-event leaves out.
    fireEvent.click(byId('chain-rule').querySelector('.graph-node-title')!);
    expect(onOpen).toHaveBeenLastCalledWith('chain-rule');
    byId('vectors').focus();
    await user.keyboard('{Enter}');
    expect(onOpen).toHaveBeenLastCalledWith('vectors');
  });

  it('keeps one concept in the tab order and moves focus along edges with the arrow keys', async () => {
    const user = userEvent.setup();
    render(<GraphView data={data} label="Graph" onOpen={() => {}} start={1} />);
    expect(
      nodes()
        .filter((a) => a.getAttribute('tabindex') === '0')
        .map((a) => a.dataset.id),
    ).toEqual(['vectors']);
    screen.getByRole('group', { name: /^Graph\./ }).focus();
    await user.tab();
    expect(document.activeElement).toBe(byId('vectors'));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(byId('backprop'));
    await user.keyboard('{ArrowUp}');
    expect(['chain-rule', 'vectors']).toContain((document.activeElement as HTMLAnchorElement).dataset.id);
    byId('chain-rule').focus();
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(byId('derivatives'));
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(byId('derivatives'));
    expect(byId('derivatives').getAttribute('tabindex')).toBe('0');
  });

  it('zooms with the buttons and the keyboard, pans with arrows on the drawing', async () => {
    const user = userEvent.setup();
    render(<GraphView data={data} label="Graph" onOpen={() => {}} />);
    const fitted = transform();
    expect(fitted).toMatch(/^translate\(-?[\d.]+px, ?-?[\d.]+px\) scale\([\d.]+\)$/);
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    await waitFor(() => expect(transform()).not.toBe(fitted));
    const zoomed = transform();
    screen.getByRole('group', { name: /^Graph\./ }).focus();
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(transform()).not.toBe(zoomed));
    await user.keyboard('-');
    await user.click(screen.getByRole('button', { name: 'Fit' }));
    await waitFor(() => expect(transform()).toBe(fitted));
  });

  it('highlights the chain from a hovered concept to the goal and says so', () => {
    render(<GraphView data={data} label="Graph" onOpen={() => {}} />);
    fireEvent.pointerOver(byId('derivatives').querySelector('.graph-node-title')!);
    expect(
      nodes()
        .filter((a) => a.classList.contains('is-chain'))
        .map((a) => a.dataset.id),
    ).toEqual(['derivatives', 'chain-rule', 'backprop']);
    expect(byId('vectors').classList).toContain('is-faded');
    expect(document.querySelectorAll('.graph-edges path.is-chain')).toHaveLength(2);
    expect(screen.getByText(/leads on to 2 concepts/)).toBeTruthy();
    fireEvent.pointerLeave(screen.getByRole('group', { name: /^Graph\./ }));
    expect(document.querySelectorAll('.is-chain, .is-faded')).toHaveLength(0);
  });

  it('lays out a large graph off the render path and then paints it on a canvas', async () => {
    const getContext = vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    const big = synthetic(Math.max(WORKER_THRESHOLD, CANVAS_THRESHOLD) + 10);
    render(<GraphView data={big} label="Graph" onOpen={() => {}} />);
    expect(screen.getByRole('status').textContent).toBe(`Laying out ${big.nodes.length} concepts…`);
    const canvas = await screen.findByRole('img', { name: new RegExp(`^Graph: ${big.nodes.length} concepts`) }, { timeout: 10_000 });
    expect(canvas.tagName).toBe('CANVAS');
    expect(nodes()).toHaveLength(0);
    getContext.mockRestore();
  });

  it('moves a cursor along the edges of a canvas graph with the keyboard, and announces it', async () => {
    const getContext = vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    const big = synthetic(CANVAS_THRESHOLD + 10);
    const onOpen = vi.fn();
    const user = userEvent.setup();
    render(<GraphView data={big} label="Graph" onOpen={onOpen} start={0} />);
    const canvas = await screen.findByRole('img', { name: /^Graph: / });
    canvas.focus();
    const live = () => document.querySelector('[aria-live="polite"]')!.textContent;
    await waitFor(() => expect(live()).toBe('Concept 0, not yet'));
    const down = big.edges.filter(([a]) => a === 0).map(([, b]) => `Concept ${b}, not yet`);
    const up = big.edges.filter(([, b]) => b === 0).map(([a]) => `Concept ${a}, not yet`);
    await user.keyboard(down.length > 0 ? '{ArrowDown}' : '{ArrowUp}');
    expect(down.length > 0 ? down : up).toContain(live());
    await user.keyboard('{Enter}');
    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(onOpen).not.toHaveBeenCalledWith('c0');
    getContext.mockRestore();
  });

  it('brings a requested concept into view and focuses it', async () => {
    const { rerender } = render(<GraphView data={data} label="Graph" onOpen={() => {}} />);
    rerender(<GraphView data={data} label="Graph" onOpen={() => {}} focus={{ id: 'chain-rule' }} />);
    await act(async () => {});
    expect(document.activeElement).toBe(byId('chain-rule'));
  });
});
