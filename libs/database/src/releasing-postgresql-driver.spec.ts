import type { DatabaseConnection, Driver } from 'kysely';
import { ReleasingDriver } from './releasing-postgresql-driver.js';

/** An inner driver that records releases and fails the steps it is told to. */
function innerDriver(failing: ('begin' | 'commit' | 'rollback')[]): { driver: Driver; released: DatabaseConnection[] } {
  const released: DatabaseConnection[] = [];
  const step = (name: 'begin' | 'commit' | 'rollback') => () =>
    failing.includes(name) ? Promise.reject(new Error(`${name} failed: connection terminated`)) : Promise.resolve();
  const driver: Driver = {
    init: () => Promise.resolve(),
    acquireConnection: () => Promise.resolve({} as DatabaseConnection),
    beginTransaction: step('begin'),
    commitTransaction: step('commit'),
    rollbackTransaction: step('rollback'),
    releaseConnection: (connection) => {
      released.push(connection);
      return Promise.resolve();
    },
    destroy: () => Promise.resolve(),
  };
  return { driver, released };
}

describe('ReleasingDriver', () => {
  const connection = { executeQuery: () => Promise.reject(new Error('not used')), streamQuery: () => undefined } as unknown as DatabaseConnection;

  it('gives the connection back when ROLLBACK fails, and fails as the inner driver did', async () => {
    const { driver, released } = innerDriver(['rollback']);
    await expect(new ReleasingDriver(driver).rollbackTransaction(connection)).rejects.toThrow('rollback failed');
    expect(released).toEqual([connection]);
  });

  it('gives the connection back when BEGIN fails', async () => {
    const { driver, released } = innerDriver(['begin']);
    await expect(new ReleasingDriver(driver).beginTransaction(connection, {})).rejects.toThrow('begin failed');
    expect(released).toEqual([connection]);
  });

  it('leaves the connection to the caller when the steps succeed or COMMIT fails (a ROLLBACK follows it)', async () => {
    const { driver, released } = innerDriver(['commit']);
    const releasing = new ReleasingDriver(driver);
    await releasing.beginTransaction(connection, {});
    await expect(releasing.commitTransaction(connection)).rejects.toThrow('commit failed');
    await releasing.rollbackTransaction(connection);
    expect(released).toEqual([]);
  });
});
