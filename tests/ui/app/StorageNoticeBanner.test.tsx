// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../renderApp';

describe('StorageNoticeBanner', () => {
  it('says progress cannot be saved when the browser blocks storage, and points to the export', () => {
    renderApp('/concepts/vectors', { storage: null, storageBlocked: true });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/does not let the site save progress/);
    expect(alert.querySelector('a')?.getAttribute('href')).toBe('/settings');
  });

  it('says the latest change was not saved when a write is refused', async () => {
    const refusing: Storage = {
      length: 0,
      key: () => null,
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {},
      clear: () => {},
    };
    const { user, store } = renderApp('/concepts/vectors', { storage: refusing });
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'Known' }));
    expect(store.getState().progress.states).toEqual({ vectors: 'known' });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/latest change could not be saved/);
    expect(alert.textContent).toMatch(/export them/);
  });
});
