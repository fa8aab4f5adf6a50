import nx from '@nx/eslint-plugin';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Who may import whom. Test files may also use the `type:testing` lib (fixtures, harnesses). */
function boundaries({ tests }) {
  const testing = tests ? ['type:testing'] : [];
  return [
    'error',
    {
      enforceBuildableLibDependency: false,
      allow: [],
      depConstraints: [
        // The dashboard runs in the browser: it may use the shared contract, never server code.
        { sourceTag: 'scope:dashboard', onlyDependOnLibsWithTags: ['scope:shared'] },
        { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
        { sourceTag: 'scope:server', onlyDependOnLibsWithTags: ['scope:server', 'scope:shared'] },
        { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:contract', 'type:lib', ...testing] },
        { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:contract', 'type:lib', ...testing] },
        { sourceTag: 'type:contract', onlyDependOnLibsWithTags: ['type:contract'] },
        { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:contract', 'type:lib'] },
        // Browser tests drive the built stack from outside; they may use the contract and test helpers.
        { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:shared', 'scope:server'] },
        { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:contract', 'type:testing', 'type:lib'] },
      ],
    },
  ];
}

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/tmp/**', '**/coverage/**', '.nx/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { '@nx': nx },
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@nx/enforce-module-boundaries': boundaries({ tests: false }),
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
        {
          selector: "CallExpression[callee.name='forwardRef']",
          message: 'Break the cycle instead of forwardRef.',
        },
      ],
    },
  },
  {
    // Decorator metadata needs the runtime value of injected classes, so type-only imports would break DI.
    files: [
      'apps/api/**/*.ts',
      'apps/worker/**/*.ts',
      'libs/persistence/**/*.ts',
      'libs/pipeline/**/*.ts',
      'libs/config/**/*.ts',
      'libs/testing/**/*.ts',
    ],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: ['apps/dashboard/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['**/*.spec.ts', '**/*.spec.tsx', '**/*.int-spec.ts', '**/*.e2e-spec.ts', '**/test/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': boundaries({ tests: true }) },
  },
  {
    // Build and test tooling configs (Vite, Jest) are not project code: their tools want default exports.
    files: ['**/*.config.ts', '**/*.config.mjs', '**/vite.config.ts', 'tools/**/*'],
    rules: { 'no-restricted-syntax': 'off', '@nx/enforce-module-boundaries': 'off' },
  },
  prettier,
);
