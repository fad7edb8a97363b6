// The Node.js versions Sidos runs on (package.json "engines"): 24 (Active LTS, the target) and 22.18 or newer
// (MikroORM 7 needs 22.17; 22.18 runs TypeScript files as they are, which bench/ and the token script use).
// npm scripts run on the Node 24 that the `node` devDependency puts in node_modules/.bin; a script started
// directly (`node scripts/start.js`) runs on whatever `node` is, and stops here when that is too old.
export const MINIMUM_NODE = [22, 18];

/** Answers the one-line refusal for a version older than the minimum, or undefined when it is new enough. */
export function nodeVersionProblem(version) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  if (major > MINIMUM_NODE[0] || (major === MINIMUM_NODE[0] && minor >= MINIMUM_NODE[1])) return undefined;
  return `Sidos needs Node.js ${MINIMUM_NODE.join('.')} or newer (24 LTS recommended), but this is Node.js ${version}: run it with npm (npm start, npm test), which uses the Node 24 that npm install puts in node_modules/.bin, or install Node 24.`;
}

/** Stops the process with the refusal when this Node.js is too old. */
export function requireSupportedNode() {
  const problem = nodeVersionProblem(process.version);
  if (problem === undefined) return;
  process.stderr.write(`${problem}\n`);
  process.exit(1);
}
