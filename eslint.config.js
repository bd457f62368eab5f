import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { boundaries } from './eslint-boundaries.js';

// Import boundaries: ui -> store -> core, node -> core, each through the module's index.ts. Core runs unchanged in Node and the
// browser, so it may not reach for React, zustand, d3's DOM modules, the DOM or Node built-ins.
const coreBans = {
  patterns: [
    { group: ['react', 'react-dom', 'react/*', 'zustand', 'zustand/*'], message: 'core is pure: no React or zustand.' },
    { group: ['d3-selection', 'd3-zoom', 'd3-transition'], message: 'core is pure: DOM behaviours belong in ui.' },
    { group: ['node:*', 'fs', 'fs/*', 'path', 'os', 'worker_threads'], message: 'core is pure: no Node built-ins.' },
    { group: ['**/store/**', '**/ui/**', '**/node/**', '**/bench/**'], message: 'core imports nothing outside core.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.bench/**'] },
  {
    files: ['src/**/*.{ts,tsx}', 'bench/**/*.ts'],
    plugins: { boundaries },
    rules: { 'boundaries/module-index': 'error' },
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  { files: ['src/core/**/*.ts'], rules: { 'no-restricted-imports': ['error', coreBans] } },
  {
    files: ['src/store/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/ui/**', '**/node/**', 'react-dom', 'react-dom/*'], message: 'store imports only core.' }] },
      ],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/node/**', '**/bench/**'], message: 'ui does not import Node code.' }] },
      ],
    },
  },
  {
    files: ['src/node/**/*.ts', 'bench/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/store/**', '**/ui/**', 'react', 'react-dom'], message: 'Node code imports only core.' }] },
      ],
    },
  },
);
