import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { dirname } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { ensureDevelopmentSecret, Role, signDevelopmentToken } from '@sidos/auth';
import { type AppConfig, ConfigError, loadConfig } from '@sidos/config';
import { ShutdownState } from '@sidos/database';
import { DemoSeeder } from '@sidos/demo';
import { AppModule } from './app.module.js';
import { configureApp } from './configure-app.js';
import { prepareDatabase } from './database-setup.js';

function readConfig(): AppConfig {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

async function bootstrap(): Promise<void> {
  const config = readConfig();
  const developmentKey = !config.jwt.secret && !config.jwt.publicKey && !config.jwt.jwksUrl;
  if (developmentKey) config.jwt.secret = ensureDevelopmentSecret(dirname(config.embeddedDataDir));

  const database = await prepareDatabase(config);
  const app = await NestFactory.create(AppModule.forRoot({ config, database }), { bufferLogs: true });
  configureApp(app, config);
  if (config.seedDemo) await app.get(DemoSeeder).seedIfEmpty();

  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    // Drain: keep serving what arrives while /health says 503, then close (the HTTP server waits for
    // requests under way; the ORM closes its pool after that).
    app.get(ShutdownState).draining = true;
    await new Promise((resolve) => setTimeout(resolve, config.shutdownDrainSeconds * 1000));
    await app.close();
    await database.embedded?.stop();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());

  await app.listen(config.port, config.host);
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${((app.getHttpServer() as Server).address() as AddressInfo).port}`;
  const lines = [
    `Sidos API: ${url}/graphql`,
    `Admin console: ${url}/admin`,
    `Health: ${url}/health`,
    `Database: ${database.embedded ? `embedded PostgreSQL (PGlite) in ${config.embeddedDataDir}` : 'DATABASE_URL'}`,
    `Node.js: ${process.version}`,
  ];
  if (developmentKey) {
    const token = await signDevelopmentToken(
      config.jwt.secret!,
      { sub: 'dev-admin', name: 'Development admin', roles: [Role.ADMIN], ministry: 'TEM' },
      '12h',
      config.jwt.issuer,
      config.jwt.audience,
    );
    lines.push('Development ADMIN token (valid 12 hours; `npm run token -- --help` makes others):', `Authorization: Bearer ${token}`);
  }
  process.stdout.write(`\n${lines.join('\n')}\n\n`);
}

bootstrap().catch((error: unknown) => {
  console.error('Sidos failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
