import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { type AppConfig } from '@sidos/config';
import { contentType, decodePath, explorerDirectory, IMMUTABLE_CACHE, notFound, readBuiltFile } from './console-files.js';
import { EXPLORER_CONTENT_SECURITY_POLICY, wantsExplorerPage } from './explorer-policy.js';

/** Where the explorer's built files are served (the page itself is served at the GraphQL endpoint). */
export const EXPLORER_ASSETS_PATH = '/graphql-explorer';

/**
 * The page a browser gets on GET /graphql (GRAPHQL_SANDBOX, see AppConfig['explorer']):
 * - `graphiql`: the bundled GraphiQL (apps/graphql-explorer, built into dist/graphql-explorer), its page at
 *   the endpoint and its hashed files under /graphql-explorer/assets/ (cached for a year), all with the
 *   explorer's content security policy; nothing is fetched from the internet. Without a build it answers 503.
 * - `apollo`: Apollo Sandbox, Apollo Server's landing page (apps/api/src/graphql-options.ts), which loads its
 *   scripts from Apollo's CDN: its page alone goes without a content security policy.
 * - `off`: nothing here; Apollo answers every GET as a GraphQL request.
 * Registered before Apollo's middleware, so it sees the request first; anything else goes on to Apollo.
 */
export function serveExplorer(app: INestApplication, explorer: AppConfig['explorer'], graphqlPath: string, folder = explorerDirectory()): void {
  const express = app as NestExpressApplication;
  if (explorer === 'apollo') {
    express.use(graphqlPath, (request: Request, response: Response, next: NextFunction) => {
      if (wantsExplorerPage(request)) response.removeHeader('content-security-policy');
      next();
    });
  }
  if (explorer !== 'graphiql') return;
  express.use(graphqlPath, (request: Request, response: Response, next: NextFunction) => {
    if (!wantsExplorerPage(request)) return next();
    page(folder, request, response).catch(next);
  });
  express.use(EXPLORER_ASSETS_PATH, (request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    asset(folder, request, response).catch(next);
  });
}

async function page(folder: string, request: Request, response: Response): Promise<void> {
  response.set('content-security-policy', EXPLORER_CONTENT_SECURITY_POLICY);
  const index = await readFile(join(folder, 'index.html')).catch(() => null);
  if (index === null) {
    response.status(503).type('text/plain').send('The GraphQL explorer is not built: run `npm run build`.\n');
    return;
  }
  response.set('content-type', 'text/html; charset=utf-8');
  response.end(request.method === 'HEAD' ? undefined : index);
}

async function asset(folder: string, request: Request, response: Response): Promise<void> {
  const path = decodePath(request.path);
  const body = path?.startsWith('/assets/') ? await readBuiltFile(folder, path) : null;
  if (!path || !body) return notFound(response);
  response.set({ 'content-type': contentType(path), 'cache-control': IMMUTABLE_CACHE, 'content-security-policy': EXPLORER_CONTENT_SECURITY_POLICY });
  response.end(request.method === 'HEAD' ? undefined : body);
}
