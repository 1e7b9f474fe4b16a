// @ts-check
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Libraries that only one folder of src/ may import. Every other folder gets the restriction.
const dexie = {
  group: ['dexie', 'dexie/*', 'dexie-react-hooks', 'dexie-react-hooks/*'],
  message: 'Only src/storage/ talks to IndexedDB; use its repository functions and hooks.',
};
const jspdf = {
  group: ['jspdf', 'jspdf/*', 'jspdf-autotable', 'jspdf-autotable/*'],
  message: "Only src/pdf/ uses jsPDF; load it on demand with import('../pdf').",
};
const pwa = {
  group: ['workbox-window', 'workbox-window/*', 'virtual:pwa-register', 'virtual:pwa-register/*'],
  message: 'Only src/pwa/ touches the service worker.',
};

// Imports point one way: ui/app → storage/pdf/pwa → domain.
const noUpwardImports = {
  regex: '^(\\./|(\\.\\./)+)(ui|app)(/|$)',
  message: 'storage/, pdf/ and pwa/ are used by the UI; they must not import it.',
};

/** The no-restricted-imports setting for one folder; a later block replaces an earlier one. */
const restrict = (...patterns) => ['error', { patterns }];

export default defineConfig(
  globalIgnores([
    'dist/',
    'dev-dist/',
    'coverage/',
    'node_modules/',
    'test-results/',
    'playwright-report/',
  ]),

  js.configs.recommended,
  tseslint.configs.recommended,

  {
    plugins: { 'react-hooks': reactHooks },
    rules: {
      // The two classic hook rules only: the React Compiler rules in the plugin's preset
      // assume React's compiler, which a Preact build does not run.
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      // Allowed in tests only (below), where a missing element should simply fail the test.
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },

  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-restricted-imports': restrict(dexie, jspdf, pwa) },
  },
  {
    // The domain is pure TypeScript: no UI, storage, PDF, service worker or i18next.
    files: ['src/domain/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict(
        {
          group: ['preact', 'preact/*', 'react-i18next', 'react-i18next/*', 'i18next', 'i18next/*'],
          message: 'src/domain/ is pure TypeScript; return translation keys, not words or markup.',
        },
        dexie,
        jspdf,
        pwa,
        {
          regex: '^(\\.\\./)+(storage|ui|app|pdf|pwa|i18n)(/|$)',
          message: 'src/domain/ depends on nothing else in src/; the others depend on it.',
        },
      ),
    },
  },
  {
    files: ['src/storage/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': restrict(jspdf, pwa, noUpwardImports) },
  },
  {
    files: ['src/pdf/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': restrict(dexie, pwa, noUpwardImports) },
  },
  {
    files: ['src/pwa/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': restrict(dexie, jspdf, noUpwardImports) },
  },

  {
    // Tests run in Node and in a simulated (or real) browser.
    files: ['test/**/*.{ts,tsx,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['*.{js,mjs,cjs,ts}', '.ci/**/*.{js,mjs,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
