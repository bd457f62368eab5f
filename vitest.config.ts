import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Unit, property, fixture and component tests. Component tests opt into jsdom with a
// `// @vitest-environment jsdom` comment; everything else runs in Node, which keeps core honest.
export default defineConfig({
  plugins: [react()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 20_000,
  },
});
