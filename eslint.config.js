// ESLint (flat config): typescript-eslint's type-aware recommended rules over the TypeScript sources,
// the promise and `any` rules as errors, and Prettier's formatting left to Prettier (eslint-config-prettier).
import eslint from '@eslint/js';
import { defineConfig } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'bench-results/',
      'coverage/',
      '.sidos-data/',
      'apps/admin/src/graphql/generated/',
      'test/graphql/generated/',
      // Type-checked by test/front-end-client.e2e-spec.ts against the client it generates into a scratch folder.
      'test/front-end-client/',
    ],
  },
  eslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      // One strict DateTime: Nest's lenient scalar beside it would break the schema (two types named DateTime).
      'no-restricted-imports': [
        'error',
        { paths: [{ name: '@nestjs/graphql', importNames: ['GraphQLISODateTime'], message: 'Use DateTimeScalar of @sidos/common (strict RFC 3339).' }] },
      ],
    },
  },
  {
    // Tests read untyped JSON where no type can be had (the answers to documents codegen cannot type:
    // TestApp's graphqlText() and okText(); log lines); reading such JSON is what the no-unsafe-* rules would
    // flag on every line.
    files: ['test/**/*.ts', '**/*.spec.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['**/*.js'],
    languageOptions: { globals: globals.node, sourceType: 'module' },
  },
  prettier,
);
