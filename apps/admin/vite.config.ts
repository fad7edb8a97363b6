import { gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

/** Reports the JavaScript that the first load of /admin fetches (the entry and what it imports statically), gzipped. */
function firstLoadSize(): Plugin {
  return {
    name: 'sidos-first-load-size',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map(Object.values(bundle).flatMap((item) => (item.type === 'chunk' ? [[item.fileName, item] as const] : [])));
      const loaded = new Set<string>();
      const visit = (fileName: string) => {
        if (loaded.has(fileName)) return;
        loaded.add(fileName);
        for (const imported of chunks.get(fileName)?.imports ?? []) visit(imported);
      };
      for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName);
      const gzip = [...loaded].reduce((total, fileName) => total + gzipSync(chunks.get(fileName)!.code).length, 0);
      const lazy = [...chunks.keys()].filter((fileName) => !loaded.has(fileName)).length;
      this.info(`first load of /admin: ${(gzip / 1024).toFixed(1)} kB of JavaScript (gzip) in ${loaded.size} files; ${lazy} route chunks load later`);
    },
  };
}

/**
 * The admin console: built into dist/admin (served by the API at /admin); `npm run dev:admin` serves it
 * with hot reload and sends /graphql to a running API (SIDOS_API_URL, default http://127.0.0.1:3000).
 */
export default defineConfig({
  root: import.meta.dirname,
  base: '/admin/',
  oxc: { jsx: { runtime: 'automatic' } },
  plugins: [firstLoadSize()],
  build: {
    outDir: '../../dist/admin',
    emptyOutDir: true,
    reportCompressedSize: true,
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      // react-router marks its modules "use client" (for server components), which means nothing in a browser bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: { '/graphql': { target: process.env.SIDOS_API_URL ?? 'http://127.0.0.1:3000', changeOrigin: true } },
  },
});
