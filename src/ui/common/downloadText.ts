/**
 * Saves `text` as a file called `fileName` through a temporary `<a download>`: no server round
 * trip, and the browser's own download UI. The object URL is freed once the download has started.
 */
export function downloadText(fileName: string, text: string, type: 'application/json' | 'text/markdown' | 'text/plain'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
