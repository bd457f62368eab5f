/**
 * Saves `text` as a file called `fileName` through a temporary `<a download>`: no server round
 * trip, and the browser's own download UI. The object URL is freed a minute later.
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
  // Freed late: a busy browser may take seconds to start the download, and revoking the URL
  // before then cancels it without a word. The text is small; a minute costs nothing.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
