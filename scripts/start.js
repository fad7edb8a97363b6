'use strict';
// npm start: build if needed, then serve (see apps/api/src/main.ts).
const { ensureBuild, distFile } = require('./ensure-build');

ensureBuild();
require(distFile('apps', 'api', 'src', 'main.js'));
