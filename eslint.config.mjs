import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'test-results/**'] },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts', '**/*.mjs'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        // Every file belongs to one of the tsconfig.json projects, except the two config scripts at the root and
        // uiTest.mjs (checked with the UI scenarios by scripts/host/ui/tsconfig.json, which no ancestor lookup finds).
        projectService: { allowDefaultProject: ['esbuild.mjs', 'eslint.config.mjs', 'scripts/host/uiTest.mjs'], defaultProject: 'scripts/tsconfig.json' },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
    },
  },
  {
    // The .mjs scripts are checked without noImplicitAny (see scripts/tsconfig.json), so their parameters are `any`
    // and these rules would flag every use of one; the other type-aware rules still apply to them.
    files: ['**/*.mjs'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // The core, the webview page and the unit tests must run without VS Code.
    files: ['src/core/**/*.ts', 'src/webview/**/*.ts', 'src/cli/**/*.ts', 'test/unit/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'Keep vscode out of the pure core; put glue in src/host/.' }] }],
    },
  },
  {
    // One assert style across the tests.
    files: ['test/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value=/^(node:)?assert(\\u002Fstrict)?$/] > ImportNamespaceSpecifier",
          message: "Import assert as `import assert from 'node:assert/strict'`.",
        },
      ],
    },
  },
);
