// npm run import -- organisations|contacts <file.csv> [--commit]; npm run export -- organisations|contacts [<file.csv>]. CSV files in and out of DATABASE_URL (or the embedded default's data folder), with the built app's services.
import { pathToFileURL } from 'node:url';
import { requireSupportedNode } from './node-version.js';

requireSupportedNode();
const { ensureBuild, distFile } = await import('./ensure-build.js');
ensureBuild();
await import(pathToFileURL(distFile('apps', 'api', 'src', 'transfer-cli.js')).href);
