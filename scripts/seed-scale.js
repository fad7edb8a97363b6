// npm run seed:scale -- --organisations 50000 --contacts 150000 --groups 300 --consultations 1000 --engagements 1000000 [--seed N] [--reset]
// Fills DATABASE_URL (after applying its migrations) with the deterministic scale register: test/support/scale/seed-scale.ts.
import { runTypeScriptFile } from './run-bench-file.js';

await runTypeScriptFile('test/support/scale/seed-scale.ts');
