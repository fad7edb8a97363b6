import type { Request } from 'express';

/**
 * The content security policy of the bundled GraphQL explorer (its page on GET /graphql and its files):
 * nothing from another origin, scripts and workers only from its own built files (no inline script, no
 * eval), answers fetched from this origin only, no frames, forms or plugins.
 *
 * One relaxation, on this page only: `style-src 'unsafe-inline'`. GraphiQL's editors are Monaco, which
 * writes `<style>` elements at run time (its themes, token colours, decorations) and renders each line
 * with a `style` attribute, none of which can carry a nonce. Styles cannot run code, and with `img-src`,
 * `font-src` and `connect-src` limited to this origin (and data: images and fonts) an injected style has
 * nowhere to send anything. The admin console's policy keeps its nonce-only styles.
 */
export const EXPLORER_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * A browser opening the GraphQL endpoint: GET (or HEAD) of the endpoint itself with an Accept header that
 * prefers HTML to every GraphQL answer type, as Apollo Server decides for its landing page. A GET that asks
 * for JSON (a GraphQL client, curl's `*\/*`, no Accept header at all) goes on to Apollo.
 */
export function wantsExplorerPage(request: Request): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (request.path !== '/' || !request.headers.accept) return false;
  return request.accepts(['application/json', 'application/graphql-response+json', 'multipart/mixed', 'text/html']) === 'text/html';
}
