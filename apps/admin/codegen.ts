import { join } from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';

const here = import.meta.dirname;

/**
 * Typed operations from the committed schema.graphql: `npm run codegen` (and the console's build) fails when
 * an operation of the console no longer matches the schema.
 */
const config: CodegenConfig = {
  schema: join(here, '..', '..', 'schema.graphql'),
  documents: [join(here, 'src/**/*.ts'), join(here, 'src/**/*.tsx'), `!${join(here, 'src/graphql/generated/**')}`],
  ignoreNoDocuments: false,
  generates: {
    [join(here, 'src/graphql/generated') + '/']: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, onlyOperationTypes: true, scalars: { Date: 'string', DateTime: 'string' } },
    },
  },
};

export default config;
