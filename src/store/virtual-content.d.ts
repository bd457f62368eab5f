// The Vite plugin (src/node/vite/vitePlugin.ts) serves this module: the compiled content index.
declare module 'virtual:content' {
  import type { ContentIndex } from '../core/model';
  export const contentIndex: ContentIndex;
}
