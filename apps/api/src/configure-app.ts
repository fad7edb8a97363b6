import { type INestApplication } from '@nestjs/common';
import { Logger } from 'nestjs-pino';
import { type AppConfig } from '@sidos/config';
import { serveConsole } from '@sidos/console';
import { applyHttpHardening } from '@sidos/security';

/** HTTP settings shared by `npm start` and the end-to-end tests, and the admin console at /admin. */
export function configureApp(app: INestApplication, config: AppConfig): void {
  applyHttpHardening(app, config);
  serveConsole(app, { oidc: config.consoleOidc ?? null });
  app.useLogger(app.get(Logger));
}
