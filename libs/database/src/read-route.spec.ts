import { EntityManager } from '@mikro-orm/postgresql';
import { executeOn, ON_PRIMARY, ON_REPLICA } from './read-route.js';

/** An EntityManager stand-in that notes which connection each statement went to. */
function recordingEntityManager(inTransaction: boolean) {
  const sent: string[] = [];
  const em = {
    isInTransaction: () => inTransaction,
    execute: (sql: string) => {
      sent.push(`primary: ${sql}`);
      return Promise.resolve([]);
    },
    getConnection: (type: string) => ({
      execute: (sql: string) => {
        sent.push(`${type}: ${sql}`);
        return Promise.resolve([]);
      },
    }),
  } as unknown as EntityManager;
  return { em, sent };
}

describe('executeOn', () => {
  it('sends a replica question to the read connection and read-your-writes to the primary', async () => {
    const { em, sent } = recordingEntityManager(false);
    await executeOn(em, ON_REPLICA, 'select 1', []);
    await executeOn(em, ON_PRIMARY, 'select 2', []);
    expect(sent).toEqual(['read: select 1', 'primary: select 2']);
  });

  it('keeps a replica question inside a transaction on the transaction', async () => {
    const { em, sent } = recordingEntityManager(true);
    await executeOn(em, ON_REPLICA, 'select 1', []);
    expect(sent).toEqual(['primary: select 1']);
  });
});
