import { type INestApplication } from '@nestjs/common';
import { Logger } from 'nestjs-pino';
import { type AppConfig } from '@sidos/config';
import { serveConsole, serveExplorer } from '@sidos/console';
import { applyHttpHardening } from '@sidos/security';
import { GRAPHQL_PATH } from './graphql-options.js';

/**
 * HTTP settings shared by `npm start` and the end-to-end tests, the admin console at /admin, and the
 * GraphQL explorer on a browser's GET /graphql (registered before Apollo's middleware, which app.init adds).
 */
export function configureApp(app: INestApplication, config: AppConfig): void {
  applyHttpHardening(app, config);
  serveConsole(app, { oidc: config.consoleOidc ?? null });
  serveExplorer(app, config.explorer, GRAPHQL_PATH);
  app.useLogger(app.get(Logger));
}
