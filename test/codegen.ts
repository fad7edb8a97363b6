import { join } from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';

const here = import.meta.dirname;

/**
 * The tests' GraphQL documents typed from the committed schema.graphql (`npm run codegen`, with the console's):
 * every `graphql(\`…\`)` call in test/ becomes a TypedDocumentNode whose answer and variables TestApp.graphql()
 * and ok() check. Generation fails when a document no longer matches the schema or two documents share an
 * operation name. test/front-end-client/ is a front-end's operations that its own test generates apart.
 */
const config: CodegenConfig = {
  schema: join(here, '..', 'schema.graphql'),
  documents: [join(here, '**/*.ts'), `!${join(here, 'graphql/generated/**')}`, `!${join(here, 'front-end-client/**')}`, `!${join(here, 'codegen.ts')}`],
  ignoreNoDocuments: false,
  generates: {
    [join(here, 'graphql/generated') + '/']: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        onlyOperationTypes: true,
        // Node's ES modules (the tests' tsconfig resolves as nodenext): relative imports name their .js file.
        emitLegacyCommonJSImports: false,
        scalars: { Date: 'string', DateTime: 'string' },
      },
    },
  },
};

export default config;
