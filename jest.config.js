/**
 * Jest: unit specs beside the code (libs, apps), database-backed and end-to-end tests in test/.
 * The project is ESM (NestJS 12, MikroORM 7): jest runs with --experimental-vm-modules and compiles
 * TypeScript with SWC (legacy decorators with their metadata, as tsc emits them for the build).
 */
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2023',
    keepClassNames: true,
  },
  module: { type: 'es6' },
  sourceMaps: 'inline',
};
const common = {
  rootDir: import.meta.dirname,
  setupFiles: ['reflect-metadata'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  extensionsToTreatAsEsm: ['.ts'],
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest', swc] },
  moduleNameMapper: {
    '^@sidos/migrations$': '<rootDir>/prisma-free-migrations/index.ts',
    '^@sidos/(.*)$': '<rootDir>/libs/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
};

export default {
  testTimeout: 120000,
  // Under --experimental-vm-modules a finished file leaves some of its modules behind, so one long-lived process
  // grows file after file (the whole suite outgrew V8's default 4 GB heap on CI). With this limit every file runs
  // in a worker that is replaced once it holds more than this after a file; jest then uses a worker even where
  // it would otherwise run in band (one core or --maxWorkers=1), so no process carries the whole suite.
  workerIdleMemoryLimit: '1GB',
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts', '<rootDir>/scripts/**/*.spec.ts', '<rootDir>/bench/**/*.spec.ts'],
    },
    { ...common, displayName: 'database', testMatch: ['<rootDir>/test/**/*.test.ts'] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'] },
  ],
};
