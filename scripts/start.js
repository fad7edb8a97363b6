// npm start: build if needed, then serve (see apps/api/src/main.ts).
import { pathToFileURL } from 'node:url';
import { requireSupportedNode } from './node-version.js';

requireSupportedNode();
const { ensureBuild, distFile } = await import('./ensure-build.js');
ensureBuild();
await import(pathToFileURL(distFile('apps', 'api', 'src', 'main.js')).href);
