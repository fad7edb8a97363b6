// npm run migrate: apply pending migrations to DATABASE_URL (or to the embedded default's data folder).
import { pathToFileURL } from 'node:url';
import { requireSupportedNode } from './node-version.js';

requireSupportedNode();
const { ensureBuild, distFile } = await import('./ensure-build.js');
ensureBuild();
await import(pathToFileURL(distFile('apps', 'api', 'src', 'migrate.js')).href);
