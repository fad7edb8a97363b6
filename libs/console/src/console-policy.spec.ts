import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { consoleDirectory, contentType } from './console-files.js';
import { consoleContentSecurityPolicy, newNonce } from './console-policy.js';

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
