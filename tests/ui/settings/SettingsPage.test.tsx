// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../renderApp';

describe('SettingsPage', () => {
  it('summarises progress and lists saved plans with a remove button', async () => {
    const { user, store } = renderApp('/settings');
    expect(screen.getByText(/0 concepts known, 0 learning, 0 saved plans/)).toBeTruthy();
    expect(screen.getByText(/No saved plans/)).toBeTruthy();
    act(() => {
      store.getState().mark('vectors', 'known');
      store.getState().mark('matrices', 'learning');
      store.getState().savePlan('/plan/v1/vectors', 'Vectors plan');
    });
    expect(screen.getByText(/1 concept known, 1 learning, 1 saved plan\./)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /Remove\s*Vectors plan/ }));
    expect(store.getState().progress.plans).toEqual([]);
  });

  it('exports progress as a JSON file download', async () => {
    const { user, store } = renderApp('/settings');
    act(() => store.getState().mark('vectors', 'known'));
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:progress';
    });
    URL.revokeObjectURL = vi.fn();
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toMatch(/^progress-\d{4}-\d\d-\d\d\.json$/);
    });
    await user.click(screen.getByRole('button', { name: 'Export progress' }));
    expect(clicked).toHaveBeenCalledOnce();
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blobs[0]!);
    });
    expect(JSON.parse(text)).toMatchObject({ format: 'roadmaps-progress', states: { vectors: 'known' } });
    clicked.mockRestore();
  });

  it('imports a file by merging, and reports a bad one', async () => {
    const { user, store } = renderApp('/settings');
    act(() => store.getState().mark('vectors', 'learning'));
    const input = screen.getByLabelText('Import progress…') as HTMLInputElement;
    const good = new File(
      [JSON.stringify({ version: 1, states: { vectors: 'known', derivatives: 'known' }, plans: [], updatedAt: 'x' })],
      'p.json',
      { type: 'application/json' },
    );
    await user.upload(input, good);
    expect(await screen.findByText(/Imported: 1 new state, 1 concept now known, 0 plans added\./)).toBeTruthy();
    expect(store.getState().progress.states).toEqual({ vectors: 'known', derivatives: 'known' });
    await user.upload(input, new File(['nope'], 'bad.json', { type: 'application/json' }));
    expect(await screen.findByText(/Nothing was imported: the file is not JSON\./)).toBeTruthy();
    expect(store.getState().progress.states).toEqual({ vectors: 'known', derivatives: 'known' });
  });

  it('resets only after confirmation, and cancel keeps everything', async () => {
    const { user, store } = renderApp('/settings');
    act(() => store.getState().mark('vectors', 'known'));
    await user.click(screen.getByRole('button', { name: 'Reset progress…' }));
    expect(screen.getByText(/Delete 1 state and 0 saved plans/)).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(store.getState().progress.states).toEqual({ vectors: 'known' });
    await user.click(screen.getByRole('button', { name: 'Reset progress…' }));
    await user.click(screen.getByRole('button', { name: 'Yes, reset my progress' }));
    expect(store.getState().progress.states).toEqual({});
    expect(screen.getByText('Your progress was reset.')).toBeTruthy();
  });

  it('offers values kept aside for download', async () => {
    localStorage.setItem('roadmaps.progress', 'not progress');
    const { user } = renderApp('/settings', { keepStorage: true });
    const section = screen.getByRole('heading', { level: 2, name: 'Values kept aside' }).closest('section')!;
    expect(section.textContent).toMatch(/roadmaps\.progress\.invalid\./);
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:aside'));
    URL.revokeObjectURL = vi.fn();
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await user.click(screen.getByRole('button', { name: /^Download/ }));
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blobs[0]!);
    });
    expect(text).toBe('not progress');
    clicked.mockRestore();
  });

  it('has no such section when nothing was kept aside', () => {
    renderApp('/settings');
    expect(screen.queryByRole('heading', { name: 'Values kept aside' })).toBeNull();
  });
});
