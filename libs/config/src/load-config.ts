import { type AppConfig, type LogLevel, type NodeEnvironment } from './app-config.js';

/** A configuration value that stops the start; the message names the variable. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`Configuration error: ${variable} ${message}`);
    this.name = 'ConfigError';
  }
}

type Environment = Record<string, string | undefined>;

const LOG_LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const NODE_ENVIRONMENTS: NodeEnvironment[] = ['development', 'production', 'test'];

function text(env: Environment, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function integer(env: Environment, name: string, fallback: number, min: number, max: number): number {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(name, `must be a whole number from ${min} to ${max}, got ${JSON.stringify(raw)}`);
  }
  return Number(raw);
}

function boolean(env: Environment, name: string, fallback: boolean): boolean {
  const raw = text(env, name)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (['true', '1', 'yes', 'on'].includes(raw)) return true;
  if (['false', '0', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(name, `must be true or false, got ${JSON.stringify(raw)}`);
}

function oneOf<T extends string>(env: Environment, name: string, allowed: T[], fallback: T): T {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  if (!allowed.includes(raw as T)) throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got ${JSON.stringify(raw)}`);
  return raw as T;
}

function url(env: Environment, name: string, protocols: string[]): string | undefined {
  const raw = text(env, name);
  if (raw === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, 'must be a URL');
  }
  if (!protocols.includes(parsed.protocol)) throw new ConfigError(name, `must be a ${protocols.join(' or ')} URL`);
  return raw;
}

/** A comma-separated list of PostgreSQL URLs (read replicas); only with DATABASE_URL. */
function readUrls(env: Environment, databaseUrl: string | undefined): string[] {
  const raw = text(env, 'DATABASE_READ_URLS');
  if (raw === undefined) return [];
  const urls = raw
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean);
  for (const value of urls) {
    let parsed: URL;
    try {
      parsed = new URL(value);
    } catch {
      throw new ConfigError('DATABASE_READ_URLS', 'must be a comma-separated list of postgres:// URLs');
    }
    if (!['postgres:', 'postgresql:'].includes(parsed.protocol))
      throw new ConfigError('DATABASE_READ_URLS', 'must be a comma-separated list of postgres:// URLs');
  }
  if (urls.length > 0 && databaseUrl === undefined)
    throw new ConfigError('DATABASE_READ_URLS', 'needs DATABASE_URL (the primary): read replicas of the embedded database do not exist');
  return urls;
}

function claimPath(env: Environment, name: string, fallback: string): string {
  const raw = text(env, name) ?? fallback;
  if (!/^[A-Za-z0-9_:/.-]+$/.test(raw) || raw.startsWith('.') || raw.endsWith('.')) {
    throw new ConfigError(name, 'must be a dotted claim path such as "roles" or "realm_access.roles"');
  }
  return raw;
}

function introspection(env: Environment, production: boolean): AppConfig['introspection'] {
  const raw = text(env, 'GRAPHQL_INTROSPECTION')?.toLowerCase();
  if (raw === undefined) return production ? 'authenticated' : 'on';
  if (['true', 'on', '1', 'yes'].includes(raw)) return 'on';
  if (['false', 'off', '0', 'no'].includes(raw)) return 'off';
  if (raw === 'authenticated') return 'authenticated';
  throw new ConfigError('GRAPHQL_INTROSPECTION', `must be true, false or authenticated, got ${JSON.stringify(raw)}`);
}

/** GRAPHQL_SANDBOX: true (the bundled GraphiQL), apollo (Apollo Sandbox) or false; on outside production by default. */
function explorer(env: Environment, production: boolean): AppConfig['explorer'] {
  const raw = text(env, 'GRAPHQL_SANDBOX')?.toLowerCase();
  if (raw === undefined) return production ? 'off' : 'graphiql';
  if (['true', 'on', '1', 'yes', 'graphiql'].includes(raw)) return 'graphiql';
  if (['false', 'off', '0', 'no'].includes(raw)) return 'off';
  if (raw === 'apollo') return 'apollo';
  throw new ConfigError('GRAPHQL_SANDBOX', `must be true, false or apollo, got ${JSON.stringify(raw)}`);
}

function corsOrigins(env: Environment): string[] {
  const raw = text(env, 'CORS_ORIGINS');
  if (raw === undefined) return [];
  return raw
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean)
    .map((origin) => {
      let parsed: URL;
      try {
        parsed = new URL(origin);
      } catch {
        throw new ConfigError('CORS_ORIGINS', `must be a comma-separated list of origins such as https://sidos.tem.fi, got ${JSON.stringify(origin)}`);
      }
      if (!['http:', 'https:'].includes(parsed.protocol) || parsed.origin !== origin.replace(/\/$/, '')) {
        throw new ConfigError('CORS_ORIGINS', `must list origins (scheme, host and port only), got ${JSON.stringify(origin)}`);
      }
      return parsed.origin;
    });
}

function trustProxy(env: Environment): boolean | number | string {
  const raw = text(env, 'TRUST_PROXY');
  if (raw === undefined || raw === 'false') return false;
  if (raw === 'true') return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  if (/^[0-9a-fA-F.:/, a-z]+$/.test(raw)) return raw;
  throw new ConfigError('TRUST_PROXY', 'must be false, true, a hop count, or proxy addresses such as "loopback, 10.0.0.0/8"');
}

/**
 * DATABASE_SESSION_OPTIONS: PostgreSQL settings sent with each connection's startup, as `-c name=value` pairs
 * separated by spaces; unset keeps the app's own (`-c jit=off`), set but empty sends none. Setting names are
 * case-insensitive in PostgreSQL (`TimeZone`, `timezone`). Exported for the MikroORM CLI's configuration.
 */
export function databaseSessionOptions(env: Environment): string | undefined {
  const raw = env.DATABASE_SESSION_OPTIONS;
  if (raw === undefined) return undefined;
  const value = raw.trim().replace(/\s+/g, ' ');
  if (value !== '' && !/^-c [A-Za-z_][A-Za-z0-9_.]*=[^\s'"\\]+( -c [A-Za-z_][A-Za-z0-9_.]*=[^\s'"\\]+)*$/.test(value)) {
    throw new ConfigError('DATABASE_SESSION_OPTIONS', "must be empty or '-c name=value' pairs separated by spaces (e.g. '-c jit=off')");
  }
  return value;
}

/** Reads and validates the configuration once at start; any wrong value stops the start. */
export function loadConfig(env: Environment = process.env): AppConfig {
  const nodeEnv = oneOf(env, 'NODE_ENV', NODE_ENVIRONMENTS, 'development');
  const production = nodeEnv === 'production';
  const databaseUrl = url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']);
  const jwtSecret = text(env, 'JWT_SECRET');
  const publicKey = text(env, 'JWT_PUBLIC_KEY')?.replace(/\\n/g, '\n');
  const jwksUrl = url(env, 'JWT_JWKS_URL', ['https:', 'http:']);

  const keySources = [jwtSecret, publicKey, jwksUrl].filter((value) => value !== undefined).length;
  if (keySources > 1) throw new ConfigError('JWT_SECRET', 'cannot be combined with JWT_PUBLIC_KEY or JWT_JWKS_URL: configure exactly one key source');
  if (jwtSecret !== undefined && jwtSecret.length < 32) throw new ConfigError('JWT_SECRET', 'must be at least 32 characters long');
  if (publicKey !== undefined && !publicKey.includes('-----BEGIN PUBLIC KEY-----')) {
    throw new ConfigError('JWT_PUBLIC_KEY', 'must be a PEM public key (-----BEGIN PUBLIC KEY-----)');
  }

  if (production && databaseUrl === undefined) {
    throw new ConfigError('DATABASE_URL', "is required when NODE_ENV=production: the embedded database is for one person's machine only");
  }
  if (production && keySources === 0) {
    throw new ConfigError('JWT_SECRET', 'or JWT_PUBLIC_KEY or JWT_JWKS_URL is required when NODE_ENV=production');
  }

  return {
    nodeEnv,
    host: text(env, 'HOST') ?? '127.0.0.1',
    port: integer(env, 'PORT', 3000, 0, 65535),
    databaseUrl,
    databaseReadUrls: readUrls(env, databaseUrl),
    databasePoolMax: integer(env, 'DATABASE_POOL_MAX', 10, 1, 200),
    databaseSessionOptions: databaseSessionOptions(env),
    embeddedDataDir: text(env, 'EMBEDDED_DATA_DIR') ?? '.sidos-data/pglite',
    migrateOnStart: boolean(env, 'MIGRATE_ON_START', true),
    seedDemo: boolean(env, 'SEED_DEMO', databaseUrl === undefined),
    jwt: {
      secret: jwtSecret,
      publicKey,
      jwksUrl,
      issuer: text(env, 'JWT_ISSUER'),
      audience: text(env, 'JWT_AUDIENCE'),
      rolesClaim: claimPath(env, 'JWT_ROLES_CLAIM', 'roles'),
      ministryClaim: claimPath(env, 'JWT_MINISTRY_CLAIM', 'ministry'),
    },
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, nodeEnv === 'test' ? 'silent' : 'info'),
    explorer: explorer(env, production),
    introspection: introspection(env, production),
    queryLimits: {
      maxDepth: integer(env, 'GRAPHQL_MAX_DEPTH', 10, 1, 100),
      maxAliases: integer(env, 'GRAPHQL_MAX_ALIASES', 15, 0, 1000),
      maxCost: integer(env, 'GRAPHQL_MAX_COST', 50_000, 1, 10_000_000),
      maxTokens: integer(env, 'GRAPHQL_MAX_TOKENS', 5_000, 100, 1_000_000),
      maxObjects: integer(env, 'GRAPHQL_MAX_OBJECTS', 50_000, 1, 10_000_000),
      listSizesRefreshSeconds: integer(env, 'GRAPHQL_LIST_SIZES_REFRESH_SECONDS', 600, 0, 86_400),
    },
    corsOrigins: corsOrigins(env),
    trustProxy: trustProxy(env),
    httpTimeouts: httpTimeouts(env),
    shutdownDrainSeconds: integer(env, 'SHUTDOWN_DRAIN_SECONDS', 2, 0, 300),
    coverageCacheRows: integer(env, 'COVERAGE_CACHE_ROWS', 10_000, 0, 10_000_000),
    retentionConsentMonths: integer(env, 'RETENTION_CONSENT_MONTHS', 24, 1, 1200),
    consoleOidc: consoleOidc(env),
    rateLimit: {
      windowSeconds: integer(env, 'RATE_LIMIT_WINDOW_SECONDS', 60, 1, 3600),
      perIp: integer(env, 'RATE_LIMIT_PER_IP', 1200, 0, 10_000_000),
      perSubject: integer(env, 'RATE_LIMIT_PER_SUBJECT', 600, 0, 10_000_000),
      redisUrl: url(env, 'RATE_LIMIT_REDIS_URL', ['redis:', 'rediss:']),
    },
  };
}

const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '[::1]'];

/**
 * ADMIN_OIDC_ISSUER and ADMIN_OIDC_CLIENT_ID, both or neither; the issuer on https (http only on this machine's
 * loopback, for a local provider). ADMIN_OIDC_SCOPE defaults to "openid profile".
 */
function consoleOidc(env: Environment): AppConfig['consoleOidc'] {
  const issuer = url(env, 'ADMIN_OIDC_ISSUER', ['https:', 'http:']);
  const clientId = text(env, 'ADMIN_OIDC_CLIENT_ID');
  if (issuer === undefined && clientId === undefined) return undefined;
  if (issuer === undefined) throw new ConfigError('ADMIN_OIDC_ISSUER', 'is required with ADMIN_OIDC_CLIENT_ID');
  if (clientId === undefined) throw new ConfigError('ADMIN_OIDC_CLIENT_ID', 'is required with ADMIN_OIDC_ISSUER');
  const parsed = new URL(issuer);
  if (parsed.protocol === 'http:' && !LOOPBACK_HOSTS.includes(parsed.hostname)) {
    throw new ConfigError('ADMIN_OIDC_ISSUER', 'must be an https URL (http only on the loopback, for a local provider)');
  }
  if (parsed.search !== '' || parsed.hash !== '') throw new ConfigError('ADMIN_OIDC_ISSUER', 'must be an issuer URL without a query or fragment');
  const scope = text(env, 'ADMIN_OIDC_SCOPE') ?? 'openid profile';
  if (!/^[\x21\x23-\x5b\x5d-\x7e]+( [\x21\x23-\x5b\x5d-\x7e]+)*$/.test(scope)) {
    throw new ConfigError('ADMIN_OIDC_SCOPE', 'must be scopes separated by single spaces, such as "openid profile"');
  }
  return { issuer, clientId, scope };
}

/** HTTP_HEADERS_TIMEOUT_SECONDS ≤ HTTP_REQUEST_TIMEOUT_SECONDS (Node requires it), and HTTP_KEEP_ALIVE_TIMEOUT_SECONDS. */
function httpTimeouts(env: Environment): AppConfig['httpTimeouts'] {
  const headers = integer(env, 'HTTP_HEADERS_TIMEOUT_SECONDS', 10, 1, 3600);
  const request = integer(env, 'HTTP_REQUEST_TIMEOUT_SECONDS', 30, 1, 3600);
  if (headers > request) throw new ConfigError('HTTP_HEADERS_TIMEOUT_SECONDS', `must not be longer than HTTP_REQUEST_TIMEOUT_SECONDS (${request})`);
  return { headersMs: headers * 1000, requestMs: request * 1000, keepAliveMs: integer(env, 'HTTP_KEEP_ALIVE_TIMEOUT_SECONDS', 5, 1, 3600) * 1000 };
}
