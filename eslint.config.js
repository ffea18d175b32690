// Lint rules, including the import boundaries that keep shared/ pure and the renderer away from Node.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'net'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'smart'],
      'no-console': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...nodeBuiltins, 'electron', 'react', 'react-dom', 'zustand', '**/main/**', '**/renderer/**'] },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [...nodeBuiltins, 'electron', '**/main/**'] }],
    },
  },
  {
    // Phones load the participant page over the room's Wi-Fi: no React, and no zod (types only),
    // so it stays small; the room server validates everything it receives.
    files: ['renderer/participant/**/*.ts'],
    ignores: ['renderer/participant/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: [...nodeBuiltins, 'electron', '**/main/**', 'react', 'react-dom', 'zustand', '**/renderer/src/**'], message: 'The participant page stays small and separate.' },
            {
              group: ['zod', '**/schema', '**/contract', '**/apply', '**/workshop/fields'],
              allowTypeImports: true,
              message: 'Schemas pull zod into the phone page; import types only, or constants from a zod-free module.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['main/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-dom', 'zustand', '**/renderer/**'] }],
    },
  },
);
