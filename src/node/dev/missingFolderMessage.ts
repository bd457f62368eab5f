/**
 * What to say when the content folder does not exist: which folder, and the two ways out. One
 * line, for the terminal and the browser's error overlay alike.
 */
export function missingFolderMessage(dir: string): string {
  return `content: the folder \`${dir}\` does not exist; create it, or set CONTENT_DIR to the folder that holds your content.`;
}
