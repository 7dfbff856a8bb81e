import js from '@eslint/js'
import prettierRecommended from 'eslint-plugin-prettier/recommended'
import svelte from 'eslint-plugin-svelte'
import { defineConfig } from 'eslint/config'
import globals from 'globals'
import { builtinModules } from 'node:module'
import tseslint from 'typescript-eslint'
import svelteConfig from './svelte.config.js'

// The simulator is pure TypeScript: no host, no clock, no randomness (simulator/layering.test.ts checks the same).
const simulatorRules = {
  'no-restricted-imports': [
    'error',
    {
      paths: builtinModules.map((name) => ({ name, message: 'The simulator may not use Node built-ins.' })),
      patterns: [
        { regex: '^node:', message: 'The simulator may not use Node built-ins.' },
        { regex: '(^|/)(electron|renderer|cli)(/|$)', message: 'The simulator may not depend on the app around it.' },
      ],
    },
  ],
  'no-restricted-globals': [
    'error',
    ...['window', 'document', 'process', 'performance', 'crypto', 'setTimeout', 'setInterval'].map((name) => ({
      name,
      message: 'The simulator runs without a host: pass what it needs in.',
    })),
  ],
  'no-restricted-properties': [
    'error',
    { object: 'Date', property: 'now', message: 'Simulated time only.' },
    { object: 'Math', property: 'random', message: 'Seeded randomness only.' },
  ],
  'no-restricted-syntax': [
    'error',
    { selector: "CallExpression[callee.name='Date']", message: 'Simulated time only.' },
    { selector: "NewExpression[callee.name='Date']", message: 'Simulated time only.' },
  ],
}

export default defineConfig(
  { ignores: ['out/', 'node_modules/', 'test-results/', 'dist/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  svelte.configs.recommended,
  prettierRecommended,
  svelte.configs.prettier,
  {
    files: ['**/*.svelte'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'], svelteConfig } },
  },
  {
    // Modules with runes are TypeScript that the Svelte parser reads.
    files: ['**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, svelteConfig } },
  },
  { files: ['renderer/**'], languageOptions: { globals: globals.browser } },
  {
    files: ['simulator/**/*.ts'],
    ignores: ['simulator/**/*.test.ts', 'simulator/**/test-support/**'],
    rules: simulatorRules,
  },
  {
    // A leading underscore marks a parameter a signature requires but the body does not use.
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Resumable built-ins share one generator signature; many finish without needing to yield.
    files: ['simulator/**/*.ts'],
    rules: { 'require-yield': 'off' },
  },
)
