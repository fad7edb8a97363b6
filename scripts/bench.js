// npm run bench [-- --short] : the benchmark of bench/run-bench.ts (API vs PostGraphile 5 vs the raw SQL floor).
import { runBenchFile } from './run-bench-file.js';

await runBenchFile('run-bench.ts');
