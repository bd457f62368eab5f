import { defineConfig } from 'vitest/config';

// End-to-end flows in a real Chromium against the production build (`dist/`).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
