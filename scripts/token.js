#!/usr/bin/env node
/**
 * Prints a signed HS256 bearer token for development:
 *   npm run token -- --roles ADMIN,EDITOR --ministry TEM --sub alice --name "Alice" --ttl 12h
 * The secret is JWT_SECRET, else the development secret file that the API uses when no JWT key is configured
 * (<parent of EMBEDDED_DATA_DIR, default .sidos-data>/dev-jwt-secret, created when missing).
 */
import { dirname } from 'node:path';
import { SignJWT } from 'jose';
import { requireSupportedNode } from './node-version.js';

requireSupportedNode();
// The API's own implementation: Node runs the TypeScript file as it is (type stripping).
const { ensureDevelopmentSecret } = await import('../libs/auth/src/development-secret.ts');

const KNOWN_ROLES = ['ADMIN', 'EDITOR', 'VIEWER'];
const DEFAULTS = { roles: 'ADMIN', ministry: 'TEM', sub: 'dev-admin', name: undefined, ttl: '12h' };
const OPTIONS = Object.keys(DEFAULTS);

const USAGE = `Usage: npm run token -- [options]

Prints a signed HS256 bearer token for the Sidos API.

Options:
  --roles <list>     comma or space separated roles: ${KNOWN_ROLES.join(', ')} (default ${DEFAULTS.roles}; "" for none)
  --ministry <code>  ministry claim, e.g. TEM, STM (default ${DEFAULTS.ministry}; "" for none)
  --sub <id>         subject, the viewer's id (default ${DEFAULTS.sub})
  --name <name>      display name (default none)
  --ttl <duration>   lifetime such as 15m, 12h, 7d (default ${DEFAULTS.ttl})
  --help             prints this help

Environment:
  JWT_SECRET         HS256 secret; without it the development secret file is used (created when missing):
                     <parent of EMBEDDED_DATA_DIR, default .sidos-data>/dev-jwt-secret
  JWT_ISSUER         sets the "iss" claim
  JWT_AUDIENCE       sets the "aud" claim

Example:
  curl -H "Authorization: Bearer $(npm run --silent token -- --roles VIEWER)" ...
`;

class UsageError extends Error {}

function parseArguments(argv) {
  const values = { ...DEFAULTS };
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    if (argument === '--help' || argument === '-h') return { help: true };
    const match = /^--([a-z]+)(?:=(.*))?$/s.exec(argument);
    if (!match || !OPTIONS.includes(match[1])) throw new UsageError(`Unknown option ${JSON.stringify(argument)}`);
    let value = match[2];
    if (value === undefined) {
      if (index + 1 >= argv.length) throw new UsageError(`Option --${match[1]} needs a value`);
      index += 1;
      value = argv[index];
    }
    values[match[1]] = value;
  }
  return { help: false, values };
}

function environment(name) {
  const value = process.env[name] && process.env[name].trim();
  return value ? value : undefined;
}

function secret() {
  const configured = environment('JWT_SECRET');
  if (configured !== undefined) return configured;
  const embeddedDataDir = environment('EMBEDDED_DATA_DIR');
  return ensureDevelopmentSecret(embeddedDataDir === undefined ? '.sidos-data' : dirname(embeddedDataDir));
}

async function main() {
  const parsed = parseArguments(process.argv.slice(2));
  if (parsed.help) {
    process.stdout.write(USAGE);
    return;
  }
  const { values } = parsed;
  const roles = [
    ...new Set(
      values.roles
        .split(/[\s,]+/)
        .filter((role) => role !== '')
        .map((role) => role.toUpperCase()),
    ),
  ];
  const unknown = roles.filter((role) => !KNOWN_ROLES.includes(role));
  if (unknown.length > 0) process.stderr.write(`Warning: unknown roles ${unknown.join(', ')}: the API ignores them\n`);
  if (!/^\d+\s*(s|sec|secs|second|seconds|m|min|mins|minute|minutes|h|hr|hrs|hour|hours|d|day|days|w|week|weeks|y|yr|yrs|year|years)$/i.test(values.ttl)) {
    throw new UsageError(`--ttl must be a duration such as 15m, 12h or 7d, got ${JSON.stringify(values.ttl)}`);
  }
  if (values.sub.trim() === '') throw new UsageError('--sub must not be empty');

  const payload = { roles };
  const ministry = values.ministry.trim().toUpperCase();
  if (ministry !== '') payload.ministry = ministry;
  if (values.name !== undefined) payload.name = values.name;

  let builder = new SignJWT(payload).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setSubject(values.sub).setIssuedAt().setExpirationTime(values.ttl);
  const issuer = environment('JWT_ISSUER');
  const audience = environment('JWT_AUDIENCE');
  if (issuer !== undefined) builder = builder.setIssuer(issuer);
  if (audience !== undefined) builder = builder.setAudience(audience);
  process.stdout.write(`${await builder.sign(new TextEncoder().encode(secret()))}\n`);
}

main().catch((error) => {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  process.stderr.write(`token: ${error.message}\n`);
  process.exitCode = 1;
});
