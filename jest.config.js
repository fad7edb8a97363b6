/** Jest: unit specs beside the code (libs, apps), database-backed and end-to-end tests in test/. */
const moduleNameMapper = {
  '^@sidos/migrations$': '<rootDir>/prisma-free-migrations',
  '^@sidos/(.*)$': '<rootDir>/libs/$1/src',
};
const transform = {
  '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.test.json' }],
};
const common = { rootDir: __dirname, setupFiles: ['reflect-metadata'], moduleFileExtensions: ['ts', 'js', 'json'], testEnvironment: 'node', transform, moduleNameMapper };

module.exports = {
  testTimeout: 120000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts', '<rootDir>/scripts/**/*.spec.ts'] },
    { ...common, displayName: 'database', testMatch: ['<rootDir>/test/**/*.test.ts'] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'] },
  ],
};
