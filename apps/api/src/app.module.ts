import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { AuditModule } from '@sidos/audit';
import { AuthModule, OperationRoles, TokenVerifier } from '@sidos/auth';
import { InputValidationPipe, ListBounds, SanitisingExceptionFilter } from '@sidos/common';
import { type AppConfig, ConfigModule } from '@sidos/config';
import { CoverageModule } from '@sidos/coverage';
import { DatabaseModule, type DatabaseTarget } from '@sidos/database';
import { DemoModule } from '@sidos/demo';
import { EngagementModule } from '@sidos/engagement';
import { FacilitationModule } from '@sidos/facilitation';
import { PracticeModule } from '@sidos/practice';
import { RegisterModule } from '@sidos/register';
import { SecurityModule } from '@sidos/security';
import { TransferModule } from '@sidos/transfer';
import { UpkeepModule } from '@sidos/upkeep';
import { ENTITIES } from './entities.js';
import { createGraphQLOptions } from './graphql-options.js';
import { ListBoundsModule } from './list-bounds.module.js';

export interface AppModuleOptions {
  config: AppConfig;
  /** The database to use, as `prepareDatabase` found it: DATABASE_URL or the embedded default's, its replicas and session options. */
  database: DatabaseTarget;
  /** Where the JSON logs go (standard output unless given; tests read them). */
  logStream?: DestinationStream;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

/** The feature modules: the services, resolvers and loaders of the domain (service tests start these without GraphQL and HTTP). */
export const FEATURE_MODULES = [
  AuditModule,
  RegisterModule,
  EngagementModule,
  CoverageModule,
  FacilitationModule,
  PracticeModule,
  UpkeepModule,
  TransferModule,
  DemoModule,
];

/** Wiring only: configuration, logging, database, GraphQL and the feature modules. */
@Module({})
export class AppModule {
  static forRoot({ config, database, logStream }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: [
            {
              level: config.logLevel,
              genReqId: (request: IncomingMessage, response: ServerResponse) => {
                const header = request.headers['x-request-id'];
                const id = typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
                response.setHeader('x-request-id', id);
                return id;
              },
              // Only method, path and status: no headers (tokens), no bodies or queries (personal data).
              serializers: {
                req: (request: { id: string; method: string; url: string }) => ({ id: request.id, method: request.method, path: request.url.split('?')[0] }),
                res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
              },
              redact: { paths: ['req.headers', 'res.headers'], remove: true },
              autoLogging: { ignore: (request: IncomingMessage) => request.url === '/health' },
            },
            logStream ?? process.stdout,
          ],
        }),
        DatabaseModule.forRoot({ ...database, entities: ENTITIES }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [AuthModule, ListBoundsModule],
          inject: [TokenVerifier, ListBounds, OperationRoles],
          useFactory: (verifier: TokenVerifier, listBounds: ListBounds, operationRoles: OperationRoles) =>
            createGraphQLOptions(config, verifier, listBounds, operationRoles),
        }),
        AuthModule,
        SecurityModule,
        ...FEATURE_MODULES,
      ],
      providers: [
        { provide: APP_PIPE, useClass: InputValidationPipe },
        { provide: APP_FILTER, useClass: SanitisingExceptionFilter },
      ],
    };
  }
}
