// Lint, and the layers of DESIGN §4 enforced: a file importing across a forbidden boundary fails.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** A no-restricted-imports rule listing what one layer may not import, and why. */
function forbid(groups, why) {
  return { 'no-restricted-imports': ['error', { patterns: [{ group: groups, message: why }] }] };
}

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', 'release/**', 'node_modules/**', 'test-results/**', 'tests/artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  { files: ['**/*.{js,mjs,ts}'], ignores: ['renderer/src/**'], languageOptions: { globals: globals.node } },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      ...forbid(
        [
          '**/db/**',
          '**/main/**',
          'electron',
          'better-sqlite3-multiple-ciphers',
          'node:*',
          'fs',
          'path',
          'child_process',
        ],
        'The renderer talks to main only through the API contract in shared/ (DESIGN §4).',
      ),
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: forbid(
      [
        '**/db/**',
        '**/main/**',
        '**/renderer/**',
        'electron',
        'better-sqlite3-multiple-ciphers',
        'node:*',
        'react',
        'react-dom',
      ],
      'shared/ runs in main and in the renderer: no Node, no DOM, no other layer (DESIGN §4).',
    ),
  },
  {
    files: ['db/**/*.ts'],
    rules: forbid(
      ['**/main/**', '**/renderer/**', 'electron'],
      'db/ is Node only and knows nothing of main or Electron (DESIGN §4).',
    ),
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/electron/**'],
    rules: forbid(['**/renderer/**', 'electron'], "Only main/electron/ may import 'electron' (DESIGN §4)."),
  },
  {
    files: ['main/electron/**/*.ts'],
    rules: forbid(['**/renderer/**'], 'The Electron shell serves the built renderer; it does not import its code.'),
  },
  {
    // Encryption at rest holds only if every connection gets the key and keeps temp files in memory,
    // and no unencrypted image of the store is ever made.
    files: ['db/**/*.ts', 'main/**/*.ts'],
    ignores: ['db/driver.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Database']",
          message:
            'Open SQLite files with openDatabase() from db/driver.ts: it applies the key and keeps temp files in memory.',
        },
        {
          selector: "CallExpression[callee.property.name='serialize']",
          message: 'serialize() returns the store unencrypted: never write or send it. Copy with VACUUM INTO instead.',
        },
      ],
    },
  },
);
