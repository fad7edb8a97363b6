'use strict';
// npm run import -- organisations|contacts <file.csv> [--commit]; npm run export -- organisations|contacts [<file.csv>]
// CSV files in and out of DATABASE_URL (or the embedded default's data folder), with the built app's services.
const { ensureBuild, distFile } = require('./ensure-build');

ensureBuild();
require(distFile('apps', 'api', 'src', 'transfer-cli.js'));
