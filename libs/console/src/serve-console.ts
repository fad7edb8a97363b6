import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { consoleDirectory, contentType, decodePath, IMMUTABLE_CACHE, notFound, readBuiltFile } from './console-files.js';
import { CONFIG_PLACEHOLDER, consoleContentSecurityPolicy, newNonce, NONCE_PLACEHOLDER, settingsAttribute, type ConsoleSettings } from './console-policy.js';

export const CONSOLE_PATH = '/admin';

/**
 * Serves the built admin console at /admin: hashed assets (under /admin/assets/) cached for a year,
 * index.html never cached and answered for every other /admin path (the console's own routes, so that a
 * deep link survives a reload), with the console's settings (its OIDC provider) written into it. Without a
 * build, /admin says how to make one.
 */
export function serveConsole(app: INestApplication, settings: ConsoleSettings = { oidc: null }, folder = consoleDirectory()): void {
  const express = app as NestExpressApplication;
  express.use(CONSOLE_PATH, (request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    answer(folder, settings, request, response).catch(next);
  });
}

async function answer(folder: string, settings: ConsoleSettings, request: Request, response: Response): Promise<void> {
  const issuer = settings.oidc?.issuer;
  const path = decodePath(request.path);
  if (path === null) return notFound(response);
  if (path.startsWith('/assets/')) {
    const body = await readBuiltFile(folder, path);
    if (!body) return notFound(response);
    response.set({
      'content-type': contentType(path),
      'cache-control': IMMUTABLE_CACHE,
      'content-security-policy': consoleContentSecurityPolicy(newNonce(), issuer),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
    return;
  }
  const index = await readFile(join(folder, 'index.html'), 'utf8').catch(() => null);
  if (index === null) {
    response.status(503).type('text/plain').send('The admin console is not built: run `npm run build`.\n');
    return;
  }
  const nonce = newNonce();
  response.set({
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-cache',
    'content-security-policy': consoleContentSecurityPolicy(nonce, issuer),
  });
  const page = index.replaceAll(NONCE_PLACEHOLDER, nonce).replaceAll(CONFIG_PLACEHOLDER, settingsAttribute(settings));
  response.end(request.method === 'HEAD' ? undefined : page);
}
