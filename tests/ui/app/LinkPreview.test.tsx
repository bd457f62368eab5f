// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../renderApp';

describe('LinkPreview', () => {
  it('previews a concept when its link gets focus, and Escape hides it', async () => {
    const { user } = renderApp('/concepts/matrices');
    const link = screen.getByRole('link', { name: 'Vectors' });
    act(() => link.focus());
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip.textContent).toMatch(/^Vectors/);
    expect(tooltip.textContent).toMatch(/Lists of numbers you can add and scale\./);
    expect(link.getAttribute('aria-describedby')).toBe(tooltip.id);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(link.getAttribute('aria-describedby')).toBeNull();
  });

  it('previews on hover after a short delay, with the state, and hides when the pointer leaves', () => {
    vi.useFakeTimers();
    try {
      const { store } = renderApp('/concepts/matrices');
      act(() => store.getState().mark('vectors', 'learning'));
      // The local graph also links to Vectors; the preview under test is on the prerequisite list's link.
      const prerequisites = screen.getByRole('heading', { name: 'Prerequisites' }).closest('section')!;
      const link = within(prerequisites).getByRole('link', { name: /^Vectors/ });
      fireEvent.mouseOver(link);
      expect(screen.queryByRole('tooltip')).toBeNull();
      act(() => vi.advanceTimersByTime(300));
      expect(screen.getByRole('tooltip').textContent).toMatch(/Learning/);
      fireEvent.mouseOut(link);
      act(() => vi.advanceTimersByTime(300));
      expect(screen.queryByRole('tooltip')).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('works on links inside rendered bodies', async () => {
    renderApp('/concepts/backpropagation');
    const link = await screen.findByRole('link', { name: 'chain rule' });
    act(() => link.focus());
    expect(screen.getByRole('tooltip').textContent).toMatch(/^Multivariate chain rule/);
  });
});
