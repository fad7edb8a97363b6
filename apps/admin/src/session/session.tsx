import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Provider as UrqlProvider } from 'urql';
import { createClient } from '../graphql/client.js';
import type { MeQuery as MeResult } from '../graphql/generated/graphql.js';
import { MeQuery } from '../graphql/operations.js';
import { CALLBACK_PATH, readConsoleSettings, type ConsoleSettings } from './console-settings.js';
import type { OidcSignIn } from './oidc-sign-in.js';

const TOKEN_KEY = 'sidos.token';
export type Viewer = MeResult['me'];
export type RoleName = 'ADMIN' | 'EDITOR' | 'VIEWER';

interface Session {
  viewer: Viewer;
}

interface SessionValue {
  session: Session | null;
  /** How one signs in: the development form (an access token) or the configured OIDC provider. */
  method: 'token' | 'oidc';
  /** The provider's answer is being redeemed (the callback address). */
  pending: boolean;
  /** The provider's sign-in failed, or the API refused its token. */
  providerFailed: boolean;
  /** Checks the token with `me`; false when the API refuses it (the development form). */
  signIn: (token: string) => Promise<boolean>;
  /** Goes to the OIDC provider's sign-in. */
  signInWithProvider: () => void;
  signOut: () => void;
}

const SessionContext = createContext<SessionValue | null>(null);

/** The highest of the viewer's roles (roles nest: ADMIN ⊃ EDITOR ⊃ VIEWER). */
export function highestRole(viewer: Viewer): RoleName | null {
  for (const role of ['ADMIN', 'EDITOR', 'VIEWER'] as const) if (viewer.roles.includes(role)) return role;
  return null;
}

async function fetchViewer(token: string): Promise<Viewer | null> {
  const result = await createClient(
    () => token,
    () => undefined,
  )
    .query(MeQuery, {}, { requestPolicy: 'network-only' })
    .toPromise();
  return result.data?.me ?? null;
}

function readStored(): { token: string; viewer: Viewer } | null {
  const raw = sessionStorage.getItem(TOKEN_KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as { token: string; viewer: Viewer };
  } catch {
    return null;
  }
}

/** The console path of an /admin address, for the router (whose basename is /admin). */
function routerPath(address: string): string {
  const path = address.replace(/^\/admin/, '');
  return path === '' ? '/' : path;
}

/**
 * The signed-in session. Development form: the token in sessionStorage (it survives a reload of the tab, not
 * the closing of it). OIDC: the tokens in memory only, renewed before they expire (see oidc-sign-in.ts); a
 * reload signs in again through the provider. `navigate` moves the router (after the provider's callback).
 */
export function SessionProvider({
  children,
  navigate,
  settings: given,
}: {
  children: ReactNode;
  navigate: (path: string) => void;
  settings?: ConsoleSettings;
}) {
  const settings = useMemo(() => given ?? readConsoleSettings(), [given]);
  const oidcSettings = settings.oidc;
  const method = oidcSettings ? 'oidc' : 'token';
  const [stored] = useState(() => (method === 'token' ? readStored() : null));
  const token = useRef<string>(stored?.token ?? '');
  const [session, setSession] = useState<Session | null>(stored ? { viewer: stored.viewer } : null);
  const [pending, setPending] = useState(method === 'oidc' && window.location.pathname === CALLBACK_PATH);
  const [providerFailed, setProviderFailed] = useState(false);

  // The OIDC client library is its own chunk, loaded only when a provider is configured.
  const oidc = useRef<Promise<OidcSignIn> | null>(null);
  const loadOidc = useCallback(() => {
    oidc.current ??= import('./oidc-sign-in.js').then(({ OidcSignIn }) => new OidcSignIn(oidcSettings!));
    return oidc.current;
  }, [oidcSettings]);

  const forget = useCallback(() => {
    sessionStorage.removeItem(TOKEN_KEY);
    token.current = '';
    setSession(null);
    if (method === 'oidc') void loadOidc().then((client) => client.forget());
  }, [method, loadOidc]);

  const signOut = useCallback(() => {
    if (method === 'token') return forget();
    token.current = '';
    setSession(null);
    void loadOidc().then((client) => client.signOut());
  }, [method, forget, loadOidc]);

  const signIn = useCallback(async (given: string) => {
    const viewer = await fetchViewer(given.trim()).catch(() => null);
    if (!viewer) return false;
    token.current = given.trim();
    sessionStorage.setItem(TOKEN_KEY, JSON.stringify({ token: token.current, viewer }));
    setSession({ viewer });
    return true;
  }, []);

  const signInWithProvider = useCallback(() => {
    const here = window.location.pathname === CALLBACK_PATH ? '/admin/' : `${window.location.pathname}${window.location.search}`;
    setProviderFailed(false);
    void loadOidc().then((client) => client.start(here));
  }, [loadOidc]);

  // The provider's answer: redeem the code, check the access token with the API, go where the sign-in started.
  const finishing = useRef(false);
  useEffect(() => {
    if (!pending || finishing.current) return;
    finishing.current = true;
    const finish = async () => {
      const client = await loadOidc();
      const { user, returnTo } = await client.finish();
      const viewer = await fetchViewer(user.access_token);
      if (!viewer) throw new Error('The API refused the access token');
      token.current = user.access_token;
      setSession({ viewer });
      navigate(routerPath(returnTo));
    };
    finish()
      .catch(() => {
        setProviderFailed(true);
        navigate('/');
      })
      .finally(() => setPending(false));
  }, [pending, loadOidc, navigate]);

  // Renewed tokens replace the one the GraphQL client sends; an access token that expired unrenewed ends the session.
  useEffect(() => {
    if (method !== 'oidc' || !session) return;
    let stop = () => {};
    void loadOidc().then((client) => {
      const renewed = client.onRenewed((user) => {
        token.current = user.access_token;
      });
      const expired = client.onExpired(forget);
      stop = () => {
        renewed();
        expired();
      };
    });
    return () => stop();
  }, [method, session, loadOidc, forget]);

  const client = useMemo(() => (session ? createClient(() => token.current, forget) : null), [session, forget]);
  const value = useMemo(
    () => ({ session, method, pending, providerFailed, signIn, signInWithProvider, signOut }) satisfies SessionValue,
    [session, method, pending, providerFailed, signIn, signInWithProvider, signOut],
  );
  return <SessionContext.Provider value={value}>{client ? <UrqlProvider value={client}>{children}</UrqlProvider> : children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** What the signed-in role may do in the console (the API checks the same on its own). */
export function usePermissions(): { canEdit: boolean; isAdmin: boolean; role: RoleName | null } {
  const { session } = useSession();
  const role = session ? highestRole(session.viewer) : null;
  return { role, canEdit: role === 'ADMIN' || role === 'EDITOR', isAdmin: role === 'ADMIN' };
}
