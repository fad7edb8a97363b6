/** Builds the API into dist/ when it is missing or older than its sources. */
export function ensureBuild(): void;
/** A path inside dist/. */
export function distFile(...parts: string[]): string;
