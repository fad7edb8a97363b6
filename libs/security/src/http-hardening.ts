import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { type AppConfig } from '@sidos/config';

/**
 * Security headers, no caching of answers, CORS allow-list, proxy trust, the 1 MiB body limit, and
 * the HTTP server's timeouts (slow or idle clients cannot hold sockets).
 */
export function applyHttpHardening(app: INestApplication, config: AppConfig): void {
  const server = app.getHttpServer() as Server;
  server.headersTimeout = config.httpTimeouts.headersMs;
  server.requestTimeout = config.httpTimeouts.requestMs;
  server.keepAliveTimeout = config.httpTimeouts.keepAliveMs;
  const express = app as NestExpressApplication;
  express.disable('x-powered-by');
  express.set('trust proxy', config.trustProxy);
  express.useBodyParser('json', { limit: '1mb' });
  // helmet's content security policy on every answer; the pages served on GET /graphql set their own
  // (libs/console/src/serve-explorer.ts: the bundled GraphiQL's, or none for Apollo Sandbox's CDN page).
  app.use(helmet({ crossOriginEmbedderPolicy: false }));
  // Answers depend on the token and may hold personal data: no browser or proxy keeps them.
  app.use((_request: unknown, response: { setHeader(name: string, value: string): void }, next: () => void) => {
    response.setHeader('cache-control', 'no-store');
    next();
  });
  if (config.corsOrigins.length > 0) {
    app.enableCors({
      origin: config.corsOrigins,
      methods: ['GET', 'POST', 'OPTIONS'],
      allowedHeaders: ['content-type', 'authorization', 'x-request-id', 'apollo-require-preflight'],
      maxAge: 600,
    });
  }
}
