import { ConfigError, loadConfig } from './load-config.js';

const SECRET = 'a-development-secret-of-at-least-32-chars';

describe('loadConfig', () => {
  it('has sensible defaults for a developer machine', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 3000,
      databaseUrl: undefined,
      migrateOnStart: true,
      seedDemo: true,
      explorer: 'graphiql',
      jwt: { rolesClaim: 'roles', ministryClaim: 'ministry' },
    });
  });

  it.each([
    ['PORT', { PORT: 'eighty' }],
    ['PORT', { PORT: '70000' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://localhost/x' }],
    ['DATABASE_URL', { DATABASE_URL: 'not a url' }],
    ['MIGRATE_ON_START', { MIGRATE_ON_START: 'maybe' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }],
    ['NODE_ENV', { NODE_ENV: 'staging' }],
    ['JWT_SECRET', { JWT_SECRET: 'short' }],
    ['JWT_SECRET', { JWT_SECRET: SECRET, JWT_JWKS_URL: 'https://login.example/keys' }],
    ['JWT_PUBLIC_KEY', { JWT_PUBLIC_KEY: 'abc' }],
    ['JWT_ROLES_CLAIM', { JWT_ROLES_CLAIM: 'realm access roles' }],
    ['DATABASE_POOL_MAX', { DATABASE_POOL_MAX: '0' }],
    ['DATABASE_SESSION_OPTIONS', { DATABASE_SESSION_OPTIONS: 'jit=off' }],
    ['DATABASE_SESSION_OPTIONS', { DATABASE_SESSION_OPTIONS: "-c search_path='x y'" }],
    ['DATABASE_SESSION_OPTIONS', { DATABASE_SESSION_OPTIONS: '-c jit=off --role=admin' }],
    ['DATABASE_SESSION_OPTIONS', { DATABASE_SESSION_OPTIONS: '-c 1jit=off' }],
    // Only -c sets a value; PostgreSQL's -C is another switch, so the setting would be silently lost.
    ['DATABASE_SESSION_OPTIONS', { DATABASE_SESSION_OPTIONS: '-C jit=off' }],
    ['DATABASE_SESSION_OPTIONS', { DATABASE_SESSION_OPTIONS: '-c jit=off -C work_mem=1MB' }],
    ['GRAPHQL_INTROSPECTION', { GRAPHQL_INTROSPECTION: 'sometimes' }],
    ['GRAPHQL_SANDBOX', { GRAPHQL_SANDBOX: 'playground' }],
    ['GRAPHQL_MAX_DEPTH', { GRAPHQL_MAX_DEPTH: '0' }],
    ['CORS_ORIGINS', { CORS_ORIGINS: 'https://sidos.tem.fi/path' }],
    ['CORS_ORIGINS', { CORS_ORIGINS: 'not an origin' }],
    ['RATE_LIMIT_REDIS_URL', { RATE_LIMIT_REDIS_URL: 'http://localhost:6379' }],
    ['TRUST_PROXY', { TRUST_PROXY: 'everyone!' }],
    ['RETENTION_CONSENT_MONTHS', { RETENTION_CONSENT_MONTHS: '0' }],
    ['COVERAGE_CACHE_ROWS', { COVERAGE_CACHE_ROWS: '-1' }],
    ['DATABASE_READ_URLS', { DATABASE_URL: 'postgres://db/sidos', DATABASE_READ_URLS: 'postgres://replica/sidos, mysql://other/x' }],
    ['DATABASE_READ_URLS', { DATABASE_READ_URLS: 'postgres://replica/sidos' }],
    ['ADMIN_OIDC_ISSUER', { ADMIN_OIDC_CLIENT_ID: 'sidos-console' }],
    ['ADMIN_OIDC_CLIENT_ID', { ADMIN_OIDC_ISSUER: 'https://login.example.fi' }],
    ['ADMIN_OIDC_ISSUER', { ADMIN_OIDC_ISSUER: 'http://login.example.fi', ADMIN_OIDC_CLIENT_ID: 'sidos-console' }],
    ['ADMIN_OIDC_ISSUER', { ADMIN_OIDC_ISSUER: 'ftp://login.example.fi', ADMIN_OIDC_CLIENT_ID: 'sidos-console' }],
    ['ADMIN_OIDC_SCOPE', { ADMIN_OIDC_ISSUER: 'https://login.example.fi', ADMIN_OIDC_CLIENT_ID: 'sidos-console', ADMIN_OIDC_SCOPE: 'openid "x"' }],
  ])('stops on a wrong %s with a message naming it', (variable, env) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^Configuration error: ${variable} `));
  });

  it("reads DATABASE_SESSION_OPTIONS: unset keeps the database module's own, empty sends none, pairs are normalised", () => {
    expect(loadConfig({}).databaseSessionOptions).toBeUndefined();
    expect(loadConfig({ DATABASE_SESSION_OPTIONS: '' }).databaseSessionOptions).toBe('');
    expect(loadConfig({ DATABASE_SESSION_OPTIONS: '  -c jit=off   -c work_mem=64MB ' }).databaseSessionOptions).toBe('-c jit=off -c work_mem=64MB');
    // PostgreSQL's setting names are case-insensitive, and extensions' names are dotted.
    expect(loadConfig({ DATABASE_SESSION_OPTIONS: '-c TimeZone=Europe/Helsinki -c pg_trgm.similarity_threshold=0.4' }).databaseSessionOptions).toBe(
      '-c TimeZone=Europe/Helsinki -c pg_trgm.similarity_threshold=0.4',
    );
  });

  it("reads the console's OIDC sign-in: none by default, http on the loopback only, scope by default openid profile", () => {
    expect(loadConfig({}).consoleOidc).toBeUndefined();
    expect(loadConfig({ ADMIN_OIDC_ISSUER: 'https://login.example.fi/realms/sidos', ADMIN_OIDC_CLIENT_ID: 'sidos-console' }).consoleOidc).toEqual({
      issuer: 'https://login.example.fi/realms/sidos',
      clientId: 'sidos-console',
      scope: 'openid profile',
    });
    expect(
      loadConfig({ ADMIN_OIDC_ISSUER: 'http://127.0.0.1:4000', ADMIN_OIDC_CLIENT_ID: 'sidos-console', ADMIN_OIDC_SCOPE: 'openid api://sidos/.default' })
        .consoleOidc,
    ).toEqual({ issuer: 'http://127.0.0.1:4000', clientId: 'sidos-console', scope: 'openid api://sidos/.default' });
  });

  it('refuses production without DATABASE_URL', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET })).toThrow(/DATABASE_URL is required/);
  });

  it('refuses production without a JWT configuration', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/sidos' })).toThrow(
      /JWT_SECRET or JWT_PUBLIC_KEY or JWT_JWKS_URL is required/,
    );
  });

  it('accepts production with both, with the explorer and introspection off and no demo data', () => {
    const config = loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/sidos', JWT_SECRET: SECRET });
    expect(config).toMatchObject({ explorer: 'off', introspection: 'authenticated', seedDemo: false });
  });

  it('reads GRAPHQL_SANDBOX: the bundled GraphiQL, Apollo Sandbox only when asked for by name, or none', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).explorer).toBe('graphiql');
    expect(loadConfig({ GRAPHQL_SANDBOX: 'true' }).explorer).toBe('graphiql');
    expect(loadConfig({ GRAPHQL_SANDBOX: 'GraphiQL' }).explorer).toBe('graphiql');
    expect(loadConfig({ GRAPHQL_SANDBOX: 'apollo' }).explorer).toBe('apollo');
    expect(loadConfig({ GRAPHQL_SANDBOX: 'false' }).explorer).toBe('off');
    expect(loadConfig({ GRAPHQL_SANDBOX: 'off' }).explorer).toBe('off');
  });

  it('bounds the HTTP server timeouts, and refuses a headers timeout longer than the request timeout', () => {
    expect(loadConfig({}).httpTimeouts).toEqual({ headersMs: 10_000, requestMs: 30_000, keepAliveMs: 5_000 });
    expect(loadConfig({ HTTP_KEEP_ALIVE_TIMEOUT_SECONDS: '65', HTTP_REQUEST_TIMEOUT_SECONDS: '120' }).httpTimeouts).toEqual({
      headersMs: 10_000,
      requestMs: 120_000,
      keepAliveMs: 65_000,
    });
    expect(() => loadConfig({ HTTP_HEADERS_TIMEOUT_SECONDS: '40' })).toThrow(
      /HTTP_HEADERS_TIMEOUT_SECONDS must not be longer than HTTP_REQUEST_TIMEOUT_SECONDS/,
    );
    expect(() => loadConfig({ HTTP_KEEP_ALIVE_TIMEOUT_SECONDS: '0' })).toThrow(/HTTP_KEEP_ALIVE_TIMEOUT_SECONDS/);
  });

  it("has the contract's query limits and no CORS origins by default, and reads overrides", () => {
    expect(loadConfig({}).queryLimits).toEqual({
      maxDepth: 10,
      maxAliases: 15,
      maxCost: 50_000,
      maxTokens: 5_000,
      maxObjects: 50_000,
      listSizesRefreshSeconds: 600,
    });
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: 'https://sidos.tem.fi, http://localhost:5173' }).corsOrigins).toEqual(['https://sidos.tem.fi', 'http://localhost:5173']);
    expect(loadConfig({ GRAPHQL_MAX_COST: '500', RATE_LIMIT_PER_IP: '0' })).toMatchObject({ queryLimits: { maxCost: 500 }, rateLimit: { perIp: 0 } });
    expect(loadConfig({ TRUST_PROXY: 'loopback' }).trustProxy).toBe('loopback');
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
  });

  it('reads read replicas as a comma-separated list, none by default', () => {
    expect(loadConfig({}).databaseReadUrls).toEqual([]);
    expect(
      loadConfig({ DATABASE_URL: 'postgres://db/sidos', DATABASE_READ_URLS: 'postgres://replica-1/sidos, postgresql://replica-2:5433/sidos' }).databaseReadUrls,
    ).toEqual(['postgres://replica-1/sidos', 'postgresql://replica-2:5433/sidos']);
  });

  it('reviews consent after 24 months unless RETENTION_CONSENT_MONTHS says otherwise', () => {
    expect(loadConfig({}).retentionConsentMonths).toBe(24);
    expect(loadConfig({ RETENTION_CONSENT_MONTHS: '36' }).retentionConsentMonths).toBe(36);
  });

  it('keeps 10,000 rows of coverage answers unless COVERAGE_CACHE_ROWS says otherwise (0 turns the cache off)', () => {
    expect(loadConfig({}).coverageCacheRows).toBe(10_000);
    expect(loadConfig({ COVERAGE_CACHE_ROWS: '0' }).coverageCacheRows).toBe(0);
  });

  it('reads a configurable role claim path', () => {
    expect(loadConfig({ JWT_ROLES_CLAIM: 'realm_access.roles' }).jwt.rolesClaim).toBe('realm_access.roles');
  });
});
