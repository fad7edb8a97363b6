import { defineConfig } from 'vitest/config';

/**
 * The console's component tests (`*.spec.tsx` beside the components): Vitest in jsdom with Testing Library,
 * run by `npm test` after jest (scripts/jest.js; `npm test -- --selectProjects component` runs them alone).
 */
export default defineConfig({
  root: import.meta.dirname,
  oxc: { jsx: { runtime: 'automatic' } },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.spec.tsx'],
    setupFiles: ['src/test-support/component-setup.ts'],
    restoreMocks: true,
    // The design system's components take seconds to render the first time on a busy machine.
    testTimeout: 30_000,
  },
});
