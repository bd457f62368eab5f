import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { tsImport } from 'tsx/esm/api';
import type * as ContentPluginModule from './src/node/vite/vitePlugin';
import type * as PwaOptionsModule from './src/node/vite/pwaOptions';
import type * as LoadContentModule from './src/node/content/loadContent';

// The content plugin is loaded through tsx rather than bundled into the config: its modules keep
// their real paths (its worker threads load the compiler from them), and the config stays small.
// The content folder is CONTENT_DIR or ./content (src/node/content/loadContent.ts).
// VitePWA makes the built site installable and readable offline (src/node/vite/pwaOptions.ts).
export default defineConfig(async () => {
  const { contentPlugin } = (await tsImport('./src/node/vite/vitePlugin.ts', import.meta.url)) as typeof ContentPluginModule;
  const { pwaOptions } = (await tsImport('./src/node/vite/pwaOptions.ts', import.meta.url)) as typeof PwaOptionsModule;
  const { contentDir } = (await tsImport('./src/node/content/loadContent.ts', import.meta.url)) as typeof LoadContentModule;
  return { plugins: [react(), contentPlugin(), VitePWA(pwaOptions(contentDir()))] };
});
