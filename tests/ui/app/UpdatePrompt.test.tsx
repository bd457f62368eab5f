// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OFFLINE_READY_MS, UpdatePrompt } from '../../../src/ui/app/UpdatePrompt';
import type { ServiceWorkerEvents } from '../../../src/ui/app/registerServiceWorker';

/** A stand-in registration: hands out the prompt's callbacks and records updates applied. */
function fakeWorker() {
  let events: ServiceWorkerEvents | undefined;
  const applyUpdate = vi.fn(() => Promise.resolve());
  const register = vi.fn((given: ServiceWorkerEvents) => {
    events = given;
    return Promise.resolve(applyUpdate);
  });
  const tell = (what: keyof ServiceWorkerEvents) => act(() => events?.[what]());
  return { register, applyUpdate, tell };
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('UpdatePrompt', () => {
  it('shows nothing until the worker has news', async () => {
    const worker = fakeWorker();
    const { container } = render(<UpdatePrompt register={worker.register} />);
    await act(async () => {});
    expect(worker.register).toHaveBeenCalledOnce();
    expect(container.innerHTML).toBe('');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('offers a reload when a new version waits; Reload applies it', async () => {
    const worker = fakeWorker();
    render(<UpdatePrompt register={worker.register} />);
    await act(async () => {});
    worker.tell('onNeedRefresh');
    const status = screen.getByRole('status');
    expect(status.textContent).toMatch(/A new version of this site is available/);
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(worker.applyUpdate).toHaveBeenCalledOnce();
  });

  it('hides the offer on Later, without applying the update', async () => {
    const worker = fakeWorker();
    render(<UpdatePrompt register={worker.register} />);
    await act(async () => {});
    worker.tell('onNeedRefresh');
    await userEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByRole('status')).toBeNull();
    expect(worker.applyUpdate).not.toHaveBeenCalled();
  });

  it('reaches Reload and Later from the keyboard', async () => {
    const worker = fakeWorker();
    render(<UpdatePrompt register={worker.register} />);
    await act(async () => {});
    worker.tell('onNeedRefresh');
    const user = userEvent.setup();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Reload' }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Later' }));
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says once, briefly, that the site works offline after the first install', async () => {
    vi.useFakeTimers();
    const worker = fakeWorker();
    render(<UpdatePrompt register={worker.register} />);
    await act(async () => {});
    worker.tell('onOfflineReady');
    expect(screen.getByRole('status').textContent).toMatch(/Ready to work offline/);
    act(() => vi.advanceTimersByTime(OFFLINE_READY_MS));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('keeps the update offer when the offline notice arrives after it', async () => {
    const worker = fakeWorker();
    render(<UpdatePrompt register={worker.register} />);
    await act(async () => {});
    worker.tell('onNeedRefresh');
    worker.tell('onOfflineReady');
    expect(screen.getByRole('status').textContent).toMatch(/new version/);
  });

  it('renders nothing and registers nothing outside a production build', async () => {
    const { container } = render(<UpdatePrompt />);
    await act(async () => {});
    expect(container.innerHTML).toBe('');
  });
});
