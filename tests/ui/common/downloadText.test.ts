// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadText } from '../../../src/ui/common/downloadText';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('downloadText', () => {
  it('clicks a hidden download link, then keeps the file alive long enough for a slow browser to start saving it', () => {
    vi.useFakeTimers();
    const create = vi.fn(() => 'blob:file');
    const revoke = vi.fn();
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke });
    const clicked: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.getAttribute('href')!, download: this.download });
    });
    downloadText('plan.md', '# Plan\n', 'text/markdown');
    expect(clicked).toEqual([{ href: 'blob:file', download: 'plan.md' }]);
    expect(document.querySelector('a[download]')).toBeNull();
    // Revoking early cancels a download that has not started yet.
    vi.advanceTimersByTime(10_000);
    expect(revoke).not.toHaveBeenCalled();
    vi.advanceTimersByTime(60_000);
    expect(revoke).toHaveBeenCalledWith('blob:file');
  });
});
