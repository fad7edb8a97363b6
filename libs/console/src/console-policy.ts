import { randomBytes } from 'node:crypto';

/** The placeholder of index.html that each answer replaces with a fresh nonce (styled-components reads it from a meta tag). */
export const NONCE_PLACEHOLDER = '__CSP_NONCE__';

/** The placeholder of index.html's `sidos-console-config` meta tag: the console's settings as JSON (see consoleSettings). */
export const CONFIG_PLACEHOLDER = '__CONSOLE_CONFIG__';

/** What the console reads at start from its index.html: the OIDC provider to sign in with, if any. */
export interface ConsoleSettings {
  oidc: { issuer: string; clientId: string; scope: string } | null;
}

/** The settings as the value of an HTML attribute (JSON with the characters that HTML gives meaning escaped). */
export function settingsAttribute(settings: ConsoleSettings): string {
  const escapes: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&#39;', '<': '&lt;', '>': '&gt;' };
  return JSON.stringify(settings).replace(/[&"'<>]/g, (character) => escapes[character]);
}

export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

/**
 * The console's content security policy: everything from its own origin only (nothing from a CDN), its
 * styles from its own files or from the style elements that styled-components writes with this answer's nonce.
 * With OIDC sign-in configured, the provider's origin (`oidcIssuer`) is added where the sign-in needs it and
 * nowhere else: connect-src (its discovery document, keys and token endpoint, fetched by the console) and
 * form-action (the sign-in and sign-out go to the provider and come back).
 */
export function consoleContentSecurityPolicy(nonce: string, oidcIssuer?: string): string {
  const provider = oidcIssuer === undefined ? '' : ` ${new URL(oidcIssuer).origin}`;
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${provider}`,
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self'${provider}`,
    "frame-ancestors 'none'",
  ].join('; ');
}
