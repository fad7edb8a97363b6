// npm run report -- feedback-letters <consultationId> [--lang fi|sv|en] [--out <folder>]: reports from DATABASE_URL (or the embedded default's data folder), with the built app's services.
import { pathToFileURL } from 'node:url';
import { requireSupportedNode } from './node-version.js';

requireSupportedNode();
const { ensureBuild, distFile } = await import('./ensure-build.js');
ensureBuild();
await import(pathToFileURL(distFile('apps', 'api', 'src', 'report-cli.js')).href);
