import { databaseSessionOptions } from '@sidos/config';
import { createOrmOptions } from '@sidos/database';
import { ENTITIES } from './entities.js';

/** Configuration for the MikroORM CLI (`npm run migration:create`); reads DATABASE_URL and DATABASE_SESSION_OPTIONS. */
export default createOrmOptions({
  url: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/sidos',
  poolMax: 2,
  sessionOptions: databaseSessionOptions(process.env),
  entities: ENTITIES,
  writeSnapshot: true,
});
