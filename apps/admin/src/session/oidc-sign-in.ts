import { InMemoryWebStorage, UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import { CALLBACK_PATH, type ConsoleSettings } from './console-settings.js';

interface ReturnState {
  /** The console address the sign-in started from (a deep link opens after sign-in). */
  returnTo: string;
}

/**
 * The console's OIDC sign-in (loaded only when a provider is configured, so the first load of a console
 * without one does not carry it): the authorization-code flow with PKCE (S256) through oidc-client-ts; the
 * user and its tokens in memory only (gone with the tab or a reload); the access token renewed before it
 * expires with the refresh token (no hidden iframe: the content security policy allows no frame of the provider).
 */
export class OidcSignIn {
  private readonly manager: UserManager;

  constructor(oidc: NonNullable<ConsoleSettings['oidc']>, origin = window.location.origin) {
    this.manager = new UserManager({
      authority: oidc.issuer,
      client_id: oidc.clientId,
      scope: oidc.scope,
      response_type: 'code',
      redirect_uri: `${origin}${CALLBACK_PATH}`,
      post_logout_redirect_uri: `${origin}/admin/`,
      userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
      automaticSilentRenew: true,
      monitorSession: false,
      loadUserInfo: false,
    });
  }

  /** Goes to the provider's sign-in; it comes back to CALLBACK_PATH. */
  async start(returnTo: string): Promise<void> {
    await this.manager.signinRedirect({ state: { returnTo } satisfies ReturnState });
  }

  /** Redeems the code of the callback address (with the PKCE verifier kept for it) for the tokens. */
  async finish(url: string = window.location.href): Promise<{ user: User; returnTo: string }> {
    const user = await this.manager.signinRedirectCallback(url);
    const state = user.state as Partial<ReturnState> | undefined;
    const returnTo = typeof state?.returnTo === 'string' && state.returnTo.startsWith('/admin') ? state.returnTo : '/admin/';
    return { user, returnTo };
  }

  /** Called with each renewed user (a new access token). */
  onRenewed(listener: (user: User) => void): () => void {
    this.manager.events.addUserLoaded(listener);
    return () => this.manager.events.removeUserLoaded(listener);
  }

  /** Called when the access token has expired without a renewal. */
  onExpired(listener: () => void): () => void {
    this.manager.events.addAccessTokenExpired(listener);
    return () => this.manager.events.removeAccessTokenExpired(listener);
  }

  /** Forgets the tokens here (the provider's session stays). */
  async forget(): Promise<void> {
    this.manager.stopSilentRenew();
    await this.manager.removeUser();
  }

  /** Ends the provider's session too: forgets the tokens and goes to its end-session endpoint, which comes back to /admin/. */
  async signOut(): Promise<void> {
    const user = await this.manager.getUser();
    await this.manager.removeUser();
    await this.manager.signoutRedirect({ id_token_hint: user?.id_token });
  }
}
