export type NodeEnvironment = 'development' | 'production' | 'test';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface JwtConfig {
  /** HS256 shared secret. */
  secret?: string;
  /** PEM public key (SPKI) for RS256/ES256. */
  publicKey?: string;
  /** JWKS URL of an OIDC provider (Entra ID, Keycloak). */
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
  /** Dotted path of the roles claim, e.g. "roles" or "realm_access.roles". */
  rolesClaim: string;
  /** Dotted path of the ministry claim. */
  ministryClaim: string;
}

/** The admin console's OIDC sign-in (ADMIN_OIDC_ISSUER, ADMIN_OIDC_CLIENT_ID, ADMIN_OIDC_SCOPE): handed to the browser. */
export interface ConsoleOidcConfig {
  /** The provider's issuer URL (its discovery document is at /.well-known/openid-configuration under it). */
  issuer: string;
  /** The console's client id at the provider: a public client (no secret) with PKCE. */
  clientId: string;
  /** The scopes the console asks for, space-separated. */
  scope: string;
}

export interface AppConfig {
  nodeEnv: NodeEnvironment;
  host: string;
  port: number;
  /** PostgreSQL URL; undefined means the embedded default. */
  databaseUrl?: string;
  /** PostgreSQL read replicas (DATABASE_READ_URLS) for the heavy reads of queries; empty: everything on DATABASE_URL. */
  databaseReadUrls: string[];
  databasePoolMax: number;
  /** Startup options of every database connection (DATABASE_SESSION_OPTIONS); undefined: the app's own (jit off); '': none. */
  databaseSessionOptions?: string;
  /** Data folder of the embedded default. */
  embeddedDataDir: string;
  migrateOnStart: boolean;
  /** Load the demo register into an empty embedded database. */
  seedDemo: boolean;
  jwt: JwtConfig;
  logLevel: LogLevel;
  /**
   * The page a browser gets on GET /graphql (GRAPHQL_SANDBOX): the bundled GraphiQL served from disk,
   * Apollo Sandbox (loaded from Apollo's CDN), or none.
   */
  explorer: 'graphiql' | 'apollo' | 'off';
  /** Introspection: anyone, nobody, or only requests with a valid token. */
  introspection: 'on' | 'off' | 'authenticated';
  /**
   * Refused before execution: deeper documents, more aliases, higher cost, more tokens; stopped during
   * execution: an answer of more than `maxObjects` list items. The cost estimate's plain-list sizes are
   * read from the data at start and every `listSizesRefreshSeconds` (0: at start only).
   */
  queryLimits: { maxDepth: number; maxAliases: number; maxCost: number; maxTokens: number; maxObjects: number; listSizesRefreshSeconds: number };
  /** Browser origins allowed by CORS; empty: none. */
  corsOrigins: string[];
  /** Express `trust proxy`: false, a hop count, or a list of addresses/subnets of trusted proxies. */
  trustProxy: boolean | number | string;
  /**
   * Node's HTTP server timeouts, in milliseconds: the request headers must arrive within `headersMs`, the
   * whole request within `requestMs`, and an idle keep-alive connection is closed after `keepAliveMs`.
   */
  httpTimeouts: { headersMs: number; requestMs: number; keepAliveMs: number };
  /** On SIGTERM: seconds of serving on (with /health 503) before closing, so that requests under way finish. */
  shutdownDrainSeconds: number;
  /** Rows (one per group) of the coverage answers kept per API instance, reused while nothing they depend on has changed (0: off). */
  coverageCacheRows: number;
  /** Retention review: CONSENT older than this many months needs a look (RETENTION_CONSENT_MONTHS). */
  retentionConsentMonths: number;
  /** OIDC sign-in of the admin console; undefined: the development sign-in form (an access token). */
  consoleOidc?: ConsoleOidcConfig;
  rateLimit: {
    windowSeconds: number;
    /** Requests per window and client address; 0 turns the limit off. */
    perIp: number;
    /** Requests per window and token subject; 0 turns the limit off. */
    perSubject: number;
    /** Redis shared by several API instances; without it, counts are kept in this process. */
    redisUrl?: string;
  };
}
