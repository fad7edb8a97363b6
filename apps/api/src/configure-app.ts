import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';

/** HTTP settings shared by `npm start` and the end-to-end tests. */
export function configureApp(app: INestApplication): void {
  const express = app as NestExpressApplication;
  express.disable('x-powered-by');
  express.useBodyParser('json', { limit: '1mb' });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
}
