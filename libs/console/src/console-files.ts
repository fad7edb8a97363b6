import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, normalize, resolve, sep } from 'node:path';
import type { Response } from 'express';

/** How long a browser keeps a built file whose name carries its content hash (under assets/): a year. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

/**
 * The built admin console (`npm run build` writes it to dist/admin). This file runs from
 * libs/console/src in the tests and from dist/libs/console/src in a build, so both places are tried;
 * ADMIN_CONSOLE_DIR overrides.
 */
export function consoleDirectory(environment: NodeJS.ProcessEnv = process.env): string {
  if (environment.ADMIN_CONSOLE_DIR) return resolve(environment.ADMIN_CONSOLE_DIR);
  return builtDirectory('admin');
}

/** The built GraphQL explorer (apps/graphql-explorer; `npm run build` writes it to dist/graphql-explorer). */
export function explorerDirectory(): string {
  return builtDirectory('graphql-explorer');
}

/** dist/<name>, seen from libs/console/src (the tests) or from dist/libs/console/src (a build). */
function builtDirectory(name: string): string {
  const here = import.meta.dirname;
  const candidates = [resolve(here, '..', '..', '..', name), resolve(here, '..', '..', '..', 'dist', name)];
  return candidates.find((folder) => existsSync(join(folder, 'index.html'))) ?? candidates[candidates.length - 1];
}

/** A file of a built folder by its URL path (`/assets/…`), or null when it is missing or outside the folder. */
export async function readBuiltFile(folder: string, path: string): Promise<Buffer | null> {
  const file = normalize(join(folder, path));
  if (!file.startsWith(folder + sep)) return null;
  return readFile(file).catch(() => null);
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
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentType(path: string): string {
  const dot = path.lastIndexOf('.');
  return CONTENT_TYPES[dot >= 0 ? path.slice(dot).toLowerCase() : ''] ?? 'application/octet-stream';
}

/** A URL path decoded, or null when its percent escapes are broken. */
export function decodePath(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

export function notFound(response: Response): void {
  response.status(404).set('cache-control', 'no-cache').type('text/plain').send('Not found\n');
}
