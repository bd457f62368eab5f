import { exportFileName } from '../../core/export';
import { CopyButton } from './CopyButton';
import { downloadText } from '../common/downloadText';

/** What can be exported: Markdown, and plain text when there is a plain version. Made on demand. */
export interface ExportSource {
  readonly title: string;
  readonly markdown: () => string;
  readonly text?: () => string;
  /** File name when the title gives none (`plan`, `course`). */
  readonly fallbackName?: string;
}

/** "Export as Markdown" and "Export as plain text" as files, and the same to the clipboard. */
export function ExportButtons({ source }: { readonly source: ExportSource }) {
  const { title, markdown, text, fallbackName = 'plan' } = source;
  return (
    <div className="export-buttons" role="group" aria-label="Export">
      <button
        type="button"
        className="button button-small"
        onClick={() => downloadText(exportFileName(title, 'md', fallbackName), markdown(), 'text/markdown')}
      >
        Export as Markdown
      </button>
      <CopyButton text={markdown} label="Copy Markdown" done="Markdown copied." />
      {text && (
        <>
          <button
            type="button"
            className="button button-small"
            onClick={() => downloadText(exportFileName(title, 'txt', fallbackName), text(), 'text/plain')}
          >
            Export as plain text
          </button>
          <CopyButton text={text} label="Copy plain text" done="Text copied." />
        </>
      )}
    </div>
  );
}
