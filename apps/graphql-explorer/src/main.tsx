import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';
import './explorer.css';
import './monaco-workers.js';
import { createExplorerFetcher } from './explorer-fetcher.js';

/** The first query of a new browser: who the token is, once the token is in the headers. */
const DEFAULT_QUERY = `# Sidos GraphQL explorer. Put your token in the
# Headers tab below, as
#   { "Authorization": "Bearer eyJ…" }
# (npm start prints a development ADMIN token).
# Run with Ctrl-Enter or the play button.

{
  me {
    id
  }
}
`;

/** The header editor's first content: JSON with comments, so the hint sends no header until it is filled in. */
const DEFAULT_HEADERS = `{
  // "Authorization": "Bearer <token>"
}
`;

// The page is served at the GraphQL endpoint itself (GET /graphql): operations go to the same path.
const fetcher = createExplorerFetcher(window.location.pathname);

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} defaultHeaders={DEFAULT_HEADERS} defaultEditorToolsVisibility="headers" isHeadersEditorEnabled>
      <GraphiQL.Logo>Sidos</GraphiQL.Logo>
    </GraphiQL>
  </StrictMode>,
);
