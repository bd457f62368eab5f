// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../renderApp';

describe('SearchDialog', () => {
  it('opens with "/", finds by prefix, moves with arrows and opens with Enter', async () => {
    const { user } = renderApp('/about');
    await user.keyboard('/');
    const box = screen.getByRole('combobox', { name: 'Search concepts' });
    expect(document.activeElement).toBe(box);
    await user.keyboard('regr');
    const options = await screen.findAllByRole('option');
    expect(options.map((o) => o.querySelector('.search-option-title')?.textContent?.trim())).toEqual([
      'Linear regression',
      'Logistic regression',
    ]);
    expect(options[0]!.getAttribute('aria-selected')).toBe('true');
    expect(box.getAttribute('aria-activedescendant')).toBe(options[0]!.id);
    await user.keyboard('{ArrowDown}');
    expect(box.getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    await user.keyboard('{ArrowDown}');
    expect(box.getAttribute('aria-activedescendant')).toBe(options[0]!.id);
    await user.keyboard('{ArrowUp}{Enter}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(window.location.pathname).toBe('/concepts/logistic-regression');
    expect(screen.getByRole('heading', { level: 1, name: 'Logistic regression' })).toBeTruthy();
  });

  it('opens with Ctrl+K even from a text field, tolerates typos, and closes with Escape back to where focus was', async () => {
    const { user } = renderApp('/');
    const trigger = screen.getByRole('button', { name: /^Search$|Search\s*\// });
    trigger.focus();
    await user.keyboard('{Control>}k{/Control}');
    expect(screen.getByRole('dialog', { name: 'Search concepts' })).toBeTruthy();
    await user.keyboard('backprpagation');
    expect((await screen.findAllByRole('option'))[0]!.textContent).toMatch(/^Backpropagation/);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(trigger);
  });

  it('does not open on "/" typed into a text field', async () => {
    const { user } = renderApp('/');
    await user.keyboard('/');
    await user.keyboard('a/b');
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
    expect((screen.getByRole('combobox') as HTMLInputElement).value).toBe('a/b');
  });

  it("shows each result's state and the size of its plan for you", async () => {
    const { user, store } = renderApp('/');
    act(() => {
      store.getState().mark('vectors', 'known');
      store.getState().mark('matrices', 'learning');
    });
    await user.keyboard('/');
    await user.keyboard('matri');
    const [option] = await screen.findAllByRole('option');
    expect(within(option!).getByText('Learning')).toBeTruthy();
    expect(option!.textContent).toMatch(/Plan: 1 step$/);
    await user.clear(screen.getByRole('combobox'));
    await user.keyboard('vectors');
    const [vectors] = await screen.findAllByRole('option');
    expect(vectors!.textContent).toMatch(/Known$/);
  });

  it('says when nothing matches and keeps Tab inside the dialog', async () => {
    const { user } = renderApp('/');
    await user.keyboard('/');
    await user.keyboard('zzzzqqq');
    expect(await screen.findByText(/No concept matches/)).toBeTruthy();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('combobox'));
  });

  it('closes when the backdrop is clicked', async () => {
    const { user } = renderApp('/');
    await user.keyboard('/');
    await user.click(document.querySelector('.dialog-backdrop')!);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
