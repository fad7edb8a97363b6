import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SignInPage } from '../pages/sign-in-page.js';
import { renderWithConsole } from '../test-support/render-with-console.js';
import { readConsoleSettings } from './console-settings.js';
import { SessionProvider } from './session.js';

const OIDC = { issuer: 'https://login.example.fi/realms/sidos', clientId: 'sidos-console', scope: 'openid profile' };

function page(content: string): Document {
  const document = new DOMParser().parseFromString('<html><head></head><body></body></html>', 'text/html');
  const meta = document.createElement('meta');
  meta.setAttribute('name', 'sidos-console-config');
  meta.setAttribute('content', content);
  document.head.append(meta);
  return document;
}

describe('the console settings', () => {
  it('reads the OIDC provider that the API wrote into index.html', () => {
    expect(readConsoleSettings(page(JSON.stringify({ oidc: OIDC })))).toEqual({ oidc: OIDC });
  });

  it('has no provider without the tag, with the placeholder unreplaced (the Vite dev server) or with anything unreadable', () => {
    expect(readConsoleSettings(new DOMParser().parseFromString('<html></html>', 'text/html'))).toEqual({ oidc: null });
    expect(readConsoleSettings(page('__CONSOLE_CONFIG__'))).toEqual({ oidc: null });
    expect(readConsoleSettings(page('{"oidc":'))).toEqual({ oidc: null });
    expect(readConsoleSettings(page(JSON.stringify({ oidc: { issuer: OIDC.issuer } })))).toEqual({ oidc: null });
    expect(readConsoleSettings(page(JSON.stringify({ oidc: null })))).toEqual({ oidc: null });
  });
});

describe('the sign-in page', () => {
  it('asks for an access token without a provider', () => {
    renderWithConsole(
      <SessionProvider navigate={() => undefined} settings={{ oidc: null }}>
        <SignInPage />
      </SessionProvider>,
    );
    expect(screen.getByLabelText('Access token')).toBeTruthy();
    expect(screen.getByText(/Sign in with an access token/)).toBeTruthy();
  });

  it("offers the provider's sign-in, and no token field, with a provider", () => {
    renderWithConsole(
      <SessionProvider navigate={() => undefined} settings={{ oidc: OIDC }}>
        <SignInPage />
      </SessionProvider>,
    );
    expect(screen.queryByLabelText('Access token')).toBeNull();
    expect(screen.getByText("Sign in with your organisation's account.")).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeTruthy();
  });
});
