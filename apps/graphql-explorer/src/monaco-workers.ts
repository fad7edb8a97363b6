import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import JsonWorker from 'monaco-editor/esm/vs/language/json/json.worker.js?worker';
import GraphQLWorker from 'monaco-graphql/esm/graphql.worker.js?worker';
// The type declares Monaco's global MonacoEnvironment too.
import type { Environment } from 'monaco-editor';

/**
 * Monaco's workers, built by Vite into files of their own and started from this origin (the page's
 * content security policy allows workers from 'self' only, never blob: or data: URLs). As
 * graphiql/setup-workers/vite does, without its console line for every worker.
 */
const environment: Environment = {
  getWorker(_workerId, label) {
    if (label === 'json') return new JsonWorker();
    if (label === 'graphql') return new GraphQLWorker();
    return new EditorWorker();
  },
};
window.MonacoEnvironment = environment;
