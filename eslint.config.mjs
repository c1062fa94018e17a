// One ESLint flat config for the repository. ESLint 9 looks upward from the working directory for eslint.config.*, so
// `eslint src test` in server/ (and `eslint app src` in web/, unless web/ has a config of its own) lands here.
// Patterns below are relative to this file, whichever workspace ESLint runs in.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // Built output, generated code and benchmark results are not ours to lint.
    ignores: [
      '**/dist/**',
      '**/.next/**',
      '**/node_modules/**',
      '**/.turbo/**',
      'web/src/gql/**',
      'web/next-env.d.ts',
      'bench/results/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          args: 'after-used',
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    // The server gets the two promise rules that need types: a promise nobody awaits is a write that may never happen
    // (or an error nobody sees). Type information comes from server/tsconfig.json through the project service; on the
    // server's ~100 files this costs a few seconds. The browser tests and the benchmarks too (e2e/tsconfig.json,
    // bench/tsconfig.json): in a Playwright spec an `expect` nobody awaits is an assertion that never fails.
    files: ['server/src/**/*.ts', 'server/test/**/*.ts', 'e2e/**/*.ts', 'bench/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
);
