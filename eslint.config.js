// @ts-check
// `npm run lint`: ESLint's recommended rules and typescript-eslint's type-checked ones over every file
// tsc checks (sources, tests, scripts, benchmarks, configs). Each rule turned off or tuned says why.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'test-results/', '**/.profile*/'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      // Extension pages and content scripts run in the browser; scripts, configs and tests in Node.
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Components' props and the engines' option bags declare their callbacks in method shorthand
      // (`onTick(id: string): void`) and are destructured where they are used; none of them reads
      // `this`, so every report of this rule is a false alarm (the one method taken off a prototype,
      // a test's spy on attachShadow, is called back with its `this`).
      '@typescript-eslint/unbound-method': 'off',
      // The same convention as tsc's noUnusedLocals/noUnusedParameters: a leading `_` marks a name
      // kept on purpose (a parameter a signature needs, a property left out by a rest pattern).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['tests/**'],
    rules: {
      // Fakes of the browser's promise-returning APIs are written `async () => value`, the plainest
      // way to return a promise of a value; a fake has nothing to await.
      '@typescript-eslint/require-await': 'off',
    },
  },
);
