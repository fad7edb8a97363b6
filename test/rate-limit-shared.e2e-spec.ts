import { randomUUID } from 'node:crypto';
import { Socket } from 'node:net';
import { graphql } from './graphql/generated/index.js';
import { TestApp } from './support/test-app.js';

const REDIS_URL = process.env.RATE_LIMIT_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

function redisAnswers(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = new Socket();
    socket.setTimeout(1_000);
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString().startsWith('+PONG'));
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.connect(Number(port || 6379), hostname);
  });
}

/**
 * Several API instances share their rate-limit counts through Redis. Where no Redis answers (a user's
 * machine), the test shows the other promise instead: an unreachable store lets requests through.
 */
describe('rate limits shared by several instances', () => {
  let first: TestApp;
  let second: TestApp;
  let redisUp: boolean;

  beforeAll(async () => {
    redisUp = await redisAnswers(REDIS_URL);
    const environment = { RATE_LIMIT_REDIS_URL: REDIS_URL, RATE_LIMIT_PER_SUBJECT: '5', RATE_LIMIT_PER_IP: '0', RATE_LIMIT_WINDOW_SECONDS: '60' };
    first = await TestApp.start(environment);
    second = await TestApp.start(environment);
  });
  afterAll(async () => {
    await first?.stop();
    await second?.stop();
  });

  it(`counts one subject's requests across instances (Redis at ${REDIS_URL}), or lets them through when the store is down`, async () => {
    const sub = `shared-${randomUUID()}`;
    const statuses: number[] = [];
    const me = graphql(`
      query RateLimitSharedMe {
        me {
          id
        }
      }
    `);
    for (let index = 0; index < 8; index += 1) statuses.push((await (index % 2 === 0 ? first : second).graphql(me, {}, { sub })).status);
    if (redisUp) {
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
    } else {
      expect(statuses).toEqual(Array(8).fill(200));
    }
  });
});
