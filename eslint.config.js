import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'test-results/', 'bench-results/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // With noUncheckedIndexedAccess, `list[i]!` inside a bounds-checked loop is the clearest form.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['test/**', 'scripts/**', '*.config.ts', 'eslint.config.js'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Vitest fixtures hand values to `use`, which is not React's hook.
      'react-hooks/rules-of-hooks': 'off',
    },
  },
  {
    // `utils/zod.ts` sets zod up for the extension's CSP before any schema is built: import `z` from it.
    files: ['utils/**', 'components/**', 'entrypoints/**'],
    ignores: ['utils/zod.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'zod', allowTypeImports: true, message: "Import `z` from '@/utils/zod'." }],
        },
      ],
    },
  },
  {
    // The content script runs inside other people's pages: it must stay tiny and hold no secret.
    files: ['entrypoints/*.content/**', 'utils/page-media/collect.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['zod', 'react', 'react-dom', '**/storage', '**/messaging'],
              message: 'Keep the content script free of heavy or secret-bearing modules.',
            },
          ],
        },
      ],
    },
  },
);
