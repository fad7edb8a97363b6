import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { Provider as UrqlProvider } from 'urql';
import { createClient } from '../graphql/client.js';
import type { MeQuery as MeResult } from '../graphql/generated/graphql.js';
import { MeQuery } from '../graphql/operations.js';

const TOKEN_KEY = 'sidos.token';
export type Viewer = MeResult['me'];
export type RoleName = 'ADMIN' | 'EDITOR' | 'VIEWER';

interface Session {
  token: string;
  viewer: Viewer;
}

interface SessionValue {
  session: Session | null;
  /** Checks the token with `me`; false when the API refuses it. */
  signIn: (token: string) => Promise<boolean>;
  signOut: () => void;
}

const SessionContext = createContext<SessionValue | null>(null);

/** The highest of the viewer's roles (roles nest: ADMIN ⊃ EDITOR ⊃ VIEWER). */
export function highestRole(viewer: Viewer): RoleName | null {
  for (const role of ['ADMIN', 'EDITOR', 'VIEWER'] as const) if (viewer.roles.includes(role)) return role;
  return null;
}

async function fetchViewer(token: string): Promise<Viewer | null> {
  const result = await createClient(token, () => undefined)
    .query(MeQuery, {}, { requestPolicy: 'network-only' })
    .toPromise();
  return result.data?.me ?? null;
}

function readStored(): Session | null {
  const raw = sessionStorage.getItem(TOKEN_KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as Session;
  } catch {
    return null;
  }
}

/** The signed-in session, kept in sessionStorage (it survives a reload of the tab, not the closing of it). */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(readStored);
  const signOut = useCallback(() => {
    sessionStorage.removeItem(TOKEN_KEY);
    setSession(null);
  }, []);
  const signIn = useCallback(async (token: string) => {
    const viewer = await fetchViewer(token.trim()).catch(() => null);
    if (!viewer) return false;
    const next = { token: token.trim(), viewer };
    sessionStorage.setItem(TOKEN_KEY, JSON.stringify(next));
    setSession(next);
    return true;
  }, []);
  const client = useMemo(() => (session ? createClient(session.token, signOut) : null), [session, signOut]);
  const value = useMemo(() => ({ session, signIn, signOut }), [session, signIn, signOut]);
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
