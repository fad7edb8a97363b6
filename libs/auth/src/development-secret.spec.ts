import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEVELOPMENT_SECRET_FILE, ensureDevelopmentSecret } from './development-secret.js';

describe('ensureDevelopmentSecret', () => {
  let root: string;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'sidos-auth-'));
  });

  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('creates the secret once, in a new folder, readable by its owner only', () => {
    const dataDir = join(root, 'nested', 'data');
    const secret = ensureDevelopmentSecret(dataDir);
    const file = join(dataDir, DEVELOPMENT_SECRET_FILE);

    expect(secret).toMatch(/^[A-Za-z0-9_-]{64}$/); // 48 bytes in base64url
    expect(readFileSync(file, 'utf8')).toBe(secret);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('returns the same secret next time', () => {
    const first = ensureDevelopmentSecret(root);
    expect(ensureDevelopmentSecret(root)).toBe(first);
  });

  it('replaces a file that holds no usable secret', () => {
    writeFileSync(join(root, DEVELOPMENT_SECRET_FILE), 'short\n', { mode: 0o644 });
    const secret = ensureDevelopmentSecret(root);

    expect(secret).toHaveLength(64);
    expect(readFileSync(join(root, DEVELOPMENT_SECRET_FILE), 'utf8')).toBe(secret);
    expect(statSync(join(root, DEVELOPMENT_SECRET_FILE)).mode & 0o777).toBe(0o600);
  });
});
