/** Where the OIDC provider sends the browser back with the authorization code. */
export const CALLBACK_PATH = '/admin/oidc-callback';

/** The console's settings, written by the API into index.html's `sidos-console-config` meta tag (see libs/console). */
export interface ConsoleSettings {
  /** The OIDC provider to sign in with; null: the development sign-in form (an access token). */
  oidc: { issuer: string; clientId: string; scope: string } | null;
}

/** The settings of this page; none (the Vite dev server, an unreadable tag): no OIDC. */
export function readConsoleSettings(document: Document = window.document): ConsoleSettings {
  const content = document.querySelector('meta[name="sidos-console-config"]')?.getAttribute('content');
  if (!content || !content.startsWith('{')) return { oidc: null };
  try {
    const parsed = JSON.parse(content) as Partial<ConsoleSettings>;
    const oidc = parsed.oidc;
    if (oidc && typeof oidc.issuer === 'string' && typeof oidc.clientId === 'string' && typeof oidc.scope === 'string') return { oidc };
  } catch {
    // An unreadable tag is no OIDC.
  }
  return { oidc: null };
}
