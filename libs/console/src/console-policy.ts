import { randomBytes } from 'node:crypto';

/** The placeholder of index.html that each answer replaces with a fresh nonce (styled-components reads it from a meta tag). */
export const NONCE_PLACEHOLDER = '__CSP_NONCE__';

export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

/**
 * The console's content security policy: everything from its own origin only (nothing from a CDN), its
 * styles from its own files or from the style elements that styled-components writes with this answer's nonce.
 */
export function consoleContentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
