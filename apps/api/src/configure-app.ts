import { type INestApplication } from '@nestjs/common';
import { Logger } from 'nestjs-pino';
import { type AppConfig } from '@sidos/config';
import { applyHttpHardening } from '@sidos/security';

/** HTTP settings shared by `npm start` and the end-to-end tests. */
export function configureApp(app: INestApplication, config: AppConfig): void {
  applyHttpHardening(app, config);
  app.useLogger(app.get(Logger));
}
