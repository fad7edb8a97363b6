'use strict';
// npm run migrate: apply pending migrations to DATABASE_URL (or to the embedded default's data folder).
const { ensureBuild, distFile } = require('./ensure-build');

ensureBuild();
require(distFile('apps', 'api', 'src', 'migrate.js'));
