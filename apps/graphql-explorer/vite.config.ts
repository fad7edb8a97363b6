import { defineConfig } from 'vite';

/**
 * The GraphQL explorer: GraphiQL with its Monaco editors and their workers, built into dist/graphql-explorer
 * and served by the API (its page at GET /graphql, its files under /graphql-explorer/assets/), so that it
 * needs nothing from the internet. See libs/console/src/serve-explorer.ts.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: '/graphql-explorer/',
  // React's production build and JSX whoever builds it (the tests build it with NODE_ENV=test, which Vite would pass on).
  oxc: { jsx: { runtime: 'automatic', development: false } },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  // Monaco's workers (the editor's, JSON's for variables and headers, GraphQL's) as files of their own.
  worker: { format: 'es' },
  build: {
    outDir: '../../dist/graphql-explorer',
    emptyOutDir: true,
    // Monaco is a few megabytes, loaded once by a developer's browser and cached.
    chunkSizeWarningLimit: 5000,
    rolldownOptions: {
      // framer-motion (GraphiQL's animations) marks its modules "use client", which means nothing in a browser bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
