import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { type AppConfig } from '@sidos/config';

/** Security headers, CORS allow-list, proxy trust and the 1 MiB body limit. */
export function applyHttpHardening(app: INestApplication, config: AppConfig): void {
  const express = app as NestExpressApplication;
  express.disable('x-powered-by');
  express.set('trust proxy', config.trustProxy);
  express.useBodyParser('json', { limit: '1mb' });
  app.use(
    helmet({
      // Apollo Sandbox (development only) is a page that loads its scripts from Apollo's CDN.
      contentSecurityPolicy: config.sandbox ? false : undefined,
      crossOriginEmbedderPolicy: false,
    }),
  );
  if (config.corsOrigins.length > 0) {
    app.enableCors({
      origin: config.corsOrigins,
      methods: ['GET', 'POST', 'OPTIONS'],
      allowedHeaders: ['content-type', 'authorization', 'x-request-id', 'apollo-require-preflight'],
      maxAge: 600,
    });
  }
}
