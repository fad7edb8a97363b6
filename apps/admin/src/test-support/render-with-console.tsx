import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { defaultSuomifiTheme, SuomifiThemeProvider } from 'suomifi-ui-components';
import { Client, fetchExchange, Provider as UrqlProvider } from 'urql';
import { I18nProvider } from '../i18n/i18n.js';

/** A GraphQL client whose every request is answered with `data` (no network). */
export function answeringClient(data: Record<string, unknown>): Client {
  return new Client({
    url: 'http://console.test/graphql',
    exchanges: [fetchExchange],
    fetch: () => Promise.resolve(new Response(JSON.stringify({ data }), { headers: { 'content-type': 'application/json' } })),
  });
}

/** Renders a console component as the app does: the design system's theme, the dictionaries (English), a GraphQL client. */
export function renderWithConsole(element: ReactNode, client: Client = answeringClient({})): RenderResult {
  localStorage.setItem('sidos.language', 'en');
  return render(
    <SuomifiThemeProvider theme={defaultSuomifiTheme}>
      <I18nProvider>
        <UrqlProvider value={client}>{element}</UrqlProvider>
      </I18nProvider>
    </SuomifiThemeProvider>,
  );
}
