import { useEffect, type ReactNode } from 'react';
import { NavLink, useLocation } from 'react-router';
import styled from 'styled-components';
import { Button, LanguageMenu, LanguageMenuItem, RouterLink, SkipLink, Text } from 'suomifi-ui-components';
import { UI_LANGUAGES, useI18n } from '../i18n/i18n.js';
import { highestRole, usePermissions, useSession } from '../session/session.js';

const Header = styled.header`
  display: flex;
  flex-wrap: wrap;
  gap: 8px 24px;
  align-items: center;
  justify-content: space-between;
  padding: 12px 16px;
  border-bottom: 1px solid #c8cdd0;
  background: #fff;
`;

const User = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: 8px 16px;
  align-items: center;
`;

const NavList = styled.ul`
  display: flex;
  flex-wrap: wrap;
  gap: 4px 20px;
  margin: 0;
  padding: 12px 16px;
  list-style: none;
  background: #f7f7f8;
  border-bottom: 1px solid #c8cdd0;
  a[aria-current='page'] {
    font-weight: 600;
    text-decoration: underline;
  }
`;

const Main = styled.main`
  padding: 16px;
  max-width: 1200px;
  margin: 0 auto;
  &:focus {
    outline: none;
  }
`;

interface NavEntry {
  to: string;
  label: string;
  adminOnly?: boolean;
}

/** The signed-in frame: header (service, user and role, language, sign out), the navigation landmark and the main content. */
export function AppLayout({ children }: { children: ReactNode }) {
  const { t, language, setLanguage } = useI18n();
  const { session, signOut } = useSession();
  const { isAdmin } = usePermissions();
  const location = useLocation();
  useEffect(() => {
    document.title = `${t.serviceName}`;
  }, [t, location.pathname]);
  const viewer = session!.viewer;
  const role = highestRole(viewer);
  const entries: NavEntry[] = [
    { to: '/organisations', label: t.nav.organisations },
    { to: '/contacts', label: t.nav.contacts },
    { to: '/groups', label: t.nav.groups },
    { to: '/consultations', label: t.nav.consultations },
    { to: '/facilitators', label: t.nav.facilitators },
    { to: '/duplicates', label: t.nav.duplicates, adminOnly: true },
    { to: '/import', label: t.nav.import, adminOnly: true },
    { to: '/coverage', label: t.nav.coverage },
  ];
  return (
    <>
      <SkipLink href="#main">{t.skipToContent}</SkipLink>
      <Header>
        <RouterLink asComponent={NavLink} to="/">
          {t.serviceName}
        </RouterLink>
        <User>
          <Text>
            {viewer.name ?? viewer.id}
            {role ? ` (${t.roles[role]})` : ''}
          </Text>
          <LanguageMenu buttonText={language.toUpperCase()} aria-label={`${language.toUpperCase()}, ${t.language}`}>
            {UI_LANGUAGES.map((code) => (
              <LanguageMenuItem key={code} lang={code} onSelect={() => setLanguage(code)} selected={code === language}>
                {t.languageNames[code]}
              </LanguageMenuItem>
            ))}
          </LanguageMenu>
          <Button variant="secondary" onClick={signOut}>
            {t.header.signOut}
          </Button>
        </User>
      </Header>
      <nav aria-label={t.nav.label}>
        <NavList>
          {entries
            .filter((entry) => !entry.adminOnly || isAdmin)
            .map((entry) => (
              <li key={entry.to}>
                <RouterLink asComponent={NavLink} to={entry.to}>
                  {entry.label}
                </RouterLink>
              </li>
            ))}
        </NavList>
      </nav>
      <Main id="main" tabIndex={-1}>
        {children}
      </Main>
    </>
  );
}
