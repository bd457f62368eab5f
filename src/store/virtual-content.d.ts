// The Vite plugin (src/build/vitePlugin.ts) serves this module: the compiled content index.
declare module 'virtual:content' {
  import type { ContentIndex } from '../core/content/ContentIndex';
  export const contentIndex: ContentIndex;
}
