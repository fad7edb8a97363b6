import { parse } from 'node:url';

/**
 * Node's `url.parse()` (Node 24; on Node 22 the deprecation is documentation-only and this changes nothing)
 * warns once (DEP0169) when it is called from outside node_modules, and until that
 * warning has been given it captures the caller's stack on every call to find out where it came from.
 * Apollo's Express integration calls it on every GraphQL request (for the query string), so every
 * request paid for that stack walk (about a fifth of the fixed CPU of a small request). One call here,
 * at start-up, with the warning muted for the duration of that call, ends the checks: the behaviour of
 * `url.parse()` is unchanged, and no code of ours calls it (the one warning it would give is not missed).
 */
export function settleUrlParseWarning(): void {
  const descriptor = Object.getOwnPropertyDescriptor(process, 'emitWarning');
  process.emitWarning = () => undefined;
  try {
    parse('/');
  } finally {
    if (descriptor) Object.defineProperty(process, 'emitWarning', descriptor);
    else delete (process as { emitWarning?: unknown }).emitWarning;
  }
}
