import { lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate, Outlet } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createGlobalStyle } from 'styled-components';
import { defaultSuomifiTheme, LoadingSpinner, SuomifiThemeProvider } from 'suomifi-ui-components';
import { I18nProvider, useI18n } from './i18n/i18n.js';
import { AppLayout } from './layout/app-layout.js';
import { SignInPage } from './pages/sign-in-page.js';
import { SessionProvider, useSession } from './session/session.js';

// Each section is its own chunk: the first load carries only the shell and the sign-in page.
const OrganisationsPage = lazy(() => import('./pages/organisations-page.js'));
const OrganisationPage = lazy(() => import('./pages/organisation-page.js'));
const NewOrganisationPage = lazy(() => import('./pages/new-organisation-page.js'));
const ConsultationsPage = lazy(() => import('./pages/consultations-page.js'));
const ConsultationPage = lazy(() => import('./pages/consultation-page.js'));
const CoveragePage = lazy(() => import('./pages/coverage-page.js'));
const GroupsPage = lazy(() => import('./pages/groups-page.js'));
const GroupPage = lazy(() => import('./pages/group-page.js'));
const ContactsPage = lazy(() => import('./pages/contacts-page.js'));
const ContactPage = lazy(() => import('./pages/contact-page.js'));
const FacilitatorsPage = lazy(() => import('./pages/facilitators-page.js'));
const DuplicatesPage = lazy(() => import('./pages/duplicates-page.js'));
const ImportPage = lazy(() => import('./pages/import-page.js'));
const HomePage = lazy(() => import('./pages/home-page.js'));
const NotFoundPage = lazy(() => import('./pages/not-found-page.js'));

// The design system's typeface stack; no web font is fetched (the console loads nothing from elsewhere).
const GlobalStyle = createGlobalStyle`
  body {
    margin: 0;
    font-family: 'Source Sans Pro', 'Source Sans 3', 'Helvetica Neue', Arial, sans-serif;
    color: #212121;
    background: #fff;
  }
`;

function Loading() {
  const { t } = useI18n();
  return <LoadingSpinner status="loading" text={t.loading} textVisibility="hidden" />;
}

/** Signed out: the sign-in form, whatever the address (the address stays, so a deep link opens after sign-in). */
function Guarded() {
  const { session, pending } = useSession();
  if (pending) return <Loading />;
  if (!session) return <SignInPage />;
  return (
    <AppLayout>
      <Suspense fallback={<Loading />}>
        <Outlet />
      </Suspense>
    </AppLayout>
  );
}

const router = createBrowserRouter(
  [
    {
      element: <Guarded />,
      children: [
        { index: true, element: <HomePage /> },
        { path: 'organisations', element: <OrganisationsPage /> },
        { path: 'organisations/new', element: <NewOrganisationPage /> },
        { path: 'organisations/:id', element: <OrganisationPage /> },
        { path: 'contacts', element: <ContactsPage /> },
        { path: 'contacts/:id', element: <ContactPage /> },
        { path: 'groups', element: <GroupsPage /> },
        { path: 'groups/:id', element: <GroupPage /> },
        { path: 'consultations', element: <ConsultationsPage /> },
        { path: 'consultations/:id', element: <ConsultationPage /> },
        { path: 'facilitators', element: <FacilitatorsPage /> },
        { path: 'duplicates', element: <DuplicatesPage /> },
        { path: 'import', element: <ImportPage /> },
        { path: 'coverage', element: <CoveragePage /> },
        { path: 'home', element: <Navigate to="/" replace /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ],
  { basename: '/admin' },
);

const navigate = (path: string) => void router.navigate(path, { replace: true });

export function App() {
  return (
    <SuomifiThemeProvider theme={defaultSuomifiTheme}>
      <GlobalStyle />
      <I18nProvider>
        <SessionProvider navigate={navigate}>
          <RouterProvider router={router} />
        </SessionProvider>
      </I18nProvider>
    </SuomifiThemeProvider>
  );
}
