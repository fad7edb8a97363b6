/**
 * The settings of every connection of the app, as the startup packet's `options`: `jit=off`. PostgreSQL compiles
 * a statement with LLVM once its estimated cost passes `jit_above_cost` (100,000), which the year-long analyses
 * (methodFeedback, unheardGroups, invitationSuggestions, the duplicate search) all do; for statements of seconds
 * the compilation costs more than it saves (methodFeedback over a year on the full scale register: 3.2 s, of
 * which 2.0 s compiling, against 1.3 s without; bench/notes.md). The embedded default has no JIT, and ignores it.
 * A file of its own, without imports: the benchmark (bench/run-bench.ts) gives the same settings to PostGraphile and
 * the floor.
 */
export const SESSION_SETTINGS = '-c jit=off';
