import { type INestApplication } from '@nestjs/common';
import { Logger } from 'nestjs-pino';
import { type AppConfig } from '@sidos/config';
import { serveConsole, serveExplorer } from '@sidos/console';
import { applyHttpHardening } from '@sidos/security';
import { GRAPHQL_PATH } from './graphql-options.js';
import { settleUrlParseWarning } from './url-parse-warning.js';

/**
 * HTTP settings shared by `npm start` and the end-to-end tests, the admin console at /admin, and the
 * GraphQL explorer on a browser's GET /graphql (registered before Apollo's middleware, which app.init adds).
 * Node's per-call stack check in `url.parse()`, which Apollo calls on every request, is ended first.
 */
export function configureApp(app: INestApplication, config: AppConfig): void {
  settleUrlParseWarning();
  applyHttpHardening(app, config);
  serveConsole(app, { oidc: config.consoleOidc ?? null });
  serveExplorer(app, config.explorer, GRAPHQL_PATH);
  app.useLogger(app.get(Logger));
}
