import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { consoleDirectory, contentType } from './console-files.js';
import { consoleContentSecurityPolicy, newNonce, settingsAttribute } from './console-policy.js';

describe('the console content security policy', () => {
  it('allows the console its own origin only, and styles with the answer nonce', () => {
    const nonce = newNonce();
    const policy = consoleContentSecurityPolicy(nonce);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain(`style-src 'self' 'nonce-${nonce}'`);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/https?:|\*|unsafe/);
  });

  it("adds an OIDC provider's origin to connect-src and form-action only, and only when one is configured", () => {
    const policy = consoleContentSecurityPolicy('n', 'https://login.example.fi/realms/sidos');
    expect(policy).toContain("connect-src 'self' https://login.example.fi;");
    expect(policy).toContain("form-action 'self' https://login.example.fi;");
    expect(policy.match(/login\.example\.fi/g)).toHaveLength(2);
    expect(policy).toContain("script-src 'self';");
    expect(consoleContentSecurityPolicy('n')).not.toContain('login.example.fi');
  });

  it('writes the settings as an HTML attribute value that cannot end the attribute', () => {
    const attribute = settingsAttribute({ oidc: { issuer: 'https://x.fi/"><script>', clientId: "a'b&c", scope: 'openid' } });
    expect(attribute).not.toMatch(/["'<>]/);
    const decoded = attribute
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
    expect(JSON.parse(decoded)).toEqual({ oidc: { issuer: 'https://x.fi/"><script>', clientId: "a'b&c", scope: 'openid' } });
  });

  it('makes a new nonce for each answer', () => {
    expect(newNonce()).not.toBe(newNonce());
    expect(newNonce()).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe('the console files', () => {
  it('knows the content types of a Vite build', () => {
    expect(contentType('assets/index-abc.js')).toBe('text/javascript; charset=utf-8');
    expect(contentType('assets/index-abc.CSS')).toBe('text/css; charset=utf-8');
    expect(contentType('assets/unknown')).toBe('application/octet-stream');
  });

  it('takes its folder from ADMIN_CONSOLE_DIR when set', () => {
    const folder = mkdtempSync(join(tmpdir(), 'sidos-console-'));
    try {
      writeFileSync(join(folder, 'index.html'), '<div id="root"></div>');
      expect(consoleDirectory({ ADMIN_CONSOLE_DIR: folder })).toBe(folder);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
