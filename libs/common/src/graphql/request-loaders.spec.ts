import { jest } from '@jest/globals';
import { byIdLoader, type GraphQLRequestContext } from './request-loaders.js';

const newContext = (): GraphQLRequestContext => ({ req: { headers: {} }, loaders: new Map() });

describe('byIdLoader', () => {
  it('answers each id its record, null for one without, from one fetch of the batch', async () => {
    const records = (ids: readonly string[]) => ids.filter((id) => id !== 'missing').map((id) => ({ id, name: `record ${id}` }));
    const fetch = jest.fn((ids: readonly string[]) => Promise.resolve(records(ids).reverse()));
    const loader = byIdLoader(newContext(), 'test.record', fetch);
    const answers = await Promise.all([loader.load('a'), loader.load('missing'), loader.load('b')]);
    expect(answers).toEqual([{ id: 'a', name: 'record a' }, null, { id: 'b', name: 'record b' }]);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledWith(['a', 'missing', 'b']);
  });

  it('is one loader per request and key', () => {
    const context = newContext();
    const fetch = () => Promise.resolve([]);
    expect(byIdLoader(context, 'test.record', fetch)).toBe(byIdLoader(context, 'test.record', fetch));
    expect(byIdLoader(context, 'test.other', fetch)).not.toBe(byIdLoader(context, 'test.record', fetch));
    expect(byIdLoader(newContext(), 'test.record', fetch)).not.toBe(byIdLoader(context, 'test.record', fetch));
  });
});
