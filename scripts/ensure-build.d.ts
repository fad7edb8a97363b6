/** Builds the API into dist/ when it is missing or older than its sources. */
export function ensureBuild(): void;
/** Builds the admin console into dist/admin when it is missing or older than its sources. */
export function ensureConsoleBuild(): void;
/** Builds the GraphQL explorer into dist/graphql-explorer when it is missing or older than its sources. */
export function ensureExplorerBuild(): void;
/** A path inside dist/. */
export function distFile(...parts: string[]): string;
