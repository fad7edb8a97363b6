'use strict';
// npm run bench [-- --short] : the benchmark of bench/run-bench.ts (API vs PostGraphile 4 vs the raw SQL floor).
require('./run-bench-file').runBenchFile('run-bench.ts');
