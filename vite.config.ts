import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { tsImport } from 'tsx/esm/api';
import type * as ContentPluginModule from './src/node/vite/vitePlugin';

// The content plugin is loaded through tsx rather than bundled into the config: its modules keep
// their real paths (its worker threads load the compiler from them), and the config stays small.
// The content folder is CONTENT_DIR or ./content (src/node/content/loadContent.ts).
export default defineConfig(async () => {
  const { contentPlugin } = (await tsImport('./src/node/vite/vitePlugin.ts', import.meta.url)) as typeof ContentPluginModule;
  return { plugins: [react(), contentPlugin()] };
});
