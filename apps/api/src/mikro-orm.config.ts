import { createOrmOptions } from '@sidos/database';
import { ENTITIES } from './entities.js';

/** Configuration for the MikroORM CLI (`npm run migration:create`); reads DATABASE_URL. */
export default createOrmOptions({
  url: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/sidos',
  poolMax: 2,
  entities: ENTITIES,
  writeSnapshot: true,
});
