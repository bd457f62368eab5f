import { cleanup, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { afterEach, vi } from 'vitest';
import { AppStoreProvider } from '../../../src/store/AppStoreContext';
import type { AppStoreInit } from '../../../src/store/createAppStore';
import { makeStore } from '../../store/storeFixture';

afterEach(() => {
  cleanup();
  localStorage.clear();
  vi.restoreAllMocks();
});

/** Renders one instructor component over the fixture content with a fresh store at `url`. */
export function renderWithStore(ui: ReactElement, init: Partial<AppStoreInit> = {}) {
  localStorage.clear();
  const url = init.url ?? '/';
  window.history.replaceState(null, '', url);
  const store = makeStore({ url, ...init });
  const user = userEvent.setup();
  const utils = render(<AppStoreProvider store={store}>{ui}</AppStoreProvider>);
  return { store, user, ...utils };
}

/** jsdom's Blob has no `text()`; FileReader reads it. */
function readBlob(blob: Blob): Promise<string> {
  return new Promise((done, fail) => {
    const reader = new FileReader();
    reader.onload = () => done(String(reader.result));
    reader.onerror = () => fail(reader.error);
    reader.readAsText(blob);
  });
}

/** Captures what `downloadText` saves instead of letting jsdom try to navigate. */
export function captureDownloads(): { readonly files: { name: string; type: string; text: Promise<string> }[] } {
  const files: { name: string; type: string; text: Promise<string> }[] = [];
  const blobs = new Map<string, Blob>();
  let n = 0;
  // jsdom has no object URLs; give it stand-ins to spy on.
  for (const name of ['createObjectURL', 'revokeObjectURL'] as const) {
    if (!(name in URL)) Object.defineProperty(URL, name, { value: () => '', writable: true, configurable: true });
  }
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${++n}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) files.push({ name: this.download, type: blob.type, text: readBlob(blob) });
  });
  return { files };
}
