/** The oldest Node.js version Sidos runs on, as [major, minor]. */
export const MINIMUM_NODE: [number, number];
/** The one-line refusal for a version older than MINIMUM_NODE, or undefined when it is new enough. */
export function nodeVersionProblem(version: string): string | undefined;
/** Stops the process with the refusal when this Node.js is too old. */
export function requireSupportedNode(): void;
