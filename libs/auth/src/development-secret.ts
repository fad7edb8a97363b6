import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const DEVELOPMENT_SECRET_FILE = 'dev-jwt-secret';
/** Shorter file contents are not trusted as a secret and are replaced. */
const MIN_SECRET_LENGTH = 32;

function readSecret(file: string): string | undefined {
  try {
    const secret = readFileSync(file, 'utf8').trim();
    return secret.length >= MIN_SECRET_LENGTH ? secret : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * The HS256 secret of a development machine, kept in `<dataDir>/dev-jwt-secret` (48 random bytes,
 * base64url, file mode 0600) and created on first use. Only for use when no JWT key is configured outside production.
 */
export function ensureDevelopmentSecret(dataDir: string): string {
  const file = join(dataDir, DEVELOPMENT_SECRET_FILE);
  const existing = readSecret(file);
  if (existing !== undefined) return existing;
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  try {
    // 'wx' creates the file only if it does not exist yet, so two processes starting together agree on one secret.
    writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const written = readSecret(file);
  if (written !== undefined) return written;
  // The file exists but holds no usable secret: replace it.
  writeFileSync(file, secret, { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}
