import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The built admin console (`npm run build` writes it to dist/admin). This file runs from
 * libs/console/src in the tests and from dist/libs/console/src in a build, so both places are tried;
 * ADMIN_CONSOLE_DIR overrides.
 */
export function consoleDirectory(environment: NodeJS.ProcessEnv = process.env): string {
  if (environment.ADMIN_CONSOLE_DIR) return resolve(environment.ADMIN_CONSOLE_DIR);
  const here = import.meta.dirname;
  const candidates = [resolve(here, '..', '..', '..', 'admin'), resolve(here, '..', '..', '..', 'dist', 'admin')];
  return candidates.find((folder) => existsSync(join(folder, 'index.html'))) ?? candidates[candidates.length - 1];
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentType(path: string): string {
  const dot = path.lastIndexOf('.');
  return CONTENT_TYPES[dot >= 0 ? path.slice(dot).toLowerCase() : ''] ?? 'application/octet-stream';
}
