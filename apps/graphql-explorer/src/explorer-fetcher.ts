import type { GraphiQL } from 'graphiql';
import type { ComponentProps } from 'react';

type Fetcher = ComponentProps<typeof GraphiQL>['fetcher'];

/**
 * POSTs each operation as JSON to the API with the header editor's headers (the token). An answer
 * that is not JSON (a proxy's error page, 413, 429) becomes one error with its status and text, so the
 * result pane shows it.
 */
export function createExplorerFetcher(url: string): Fetcher {
  return async (parameters, options) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
    for (const [name, value] of Object.entries(options?.headers ?? {})) {
      headers[name] = typeof value === 'string' ? value : JSON.stringify(value);
    }
    const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(parameters), credentials: 'omit' });
    const type = response.headers.get('content-type') ?? '';
    if (/json/i.test(type)) return (await response.json()) as Record<string, unknown>;
    return { errors: [{ message: `HTTP ${response.status}: ${(await response.text()).trim()}` }] };
  };
}
