import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'web/dist/', 'node_modules/', 'coverage/', '.tmp/', 'screenshots/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The pure core: no I/O, no clock, no environment (STYLE.md house rule 2).
    files: ['src/model/**', 'src/signals/**', 'src/score/**', 'src/extract/**', 'src/explain/**', 'src/bayes/model.ts', 'src/triage/**', 'src/routing/**', 'src/listings/**', 'src/showcase/**', 'src/reactivate/**', 'src/reply/**'],
    ignores: ['**/*.test.ts', 'src/listings/read.ts', 'src/reactivate/files.ts', 'src/reply/send.ts', 'src/reply/load.ts', 'src/reply/index.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', 'fs', 'path', 'os'], message: 'The core is pure: do I/O in the shell.' }] }],
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'Pass the clock in.' }, { object: 'process', property: 'env', message: 'Pass config in.' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['**/*.test.ts', 'test/**', 'scripts/**', 'bench/**'],
    rules: { '@typescript-eslint/no-floating-promises': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: { process: 'readonly', console: 'readonly' } },
  },
);
