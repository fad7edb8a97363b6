import { useState, type FormEvent } from 'react';
import styled from 'styled-components';
import { Alert, Button, Heading, LanguageMenu, LanguageMenuItem, Paragraph, TextInput } from 'suomifi-ui-components';
import { UI_LANGUAGES, useI18n } from '../i18n/i18n.js';
import { useSession } from '../session/session.js';

const Page = styled.main`
  max-width: 560px;
  margin: 0 auto;
  padding: 24px 16px;
  display: flex;
  flex-direction: column;
  gap: 16px;
`;

const Top = styled.div`
  display: flex;
  justify-content: flex-end;
`;

/**
 * Sign-in: with an OIDC provider configured, a button that goes to the provider; without one (development),
 * an access token (such as the one `npm start` prints), checked with `me`.
 */
export function SignInPage() {
  const { t, language, setLanguage } = useI18n();
  const { method, providerFailed, signInWithProvider } = useSession();
  const [dismissed, setDismissed] = useState(false);

  return (
    <Page>
      <Top>
        <LanguageMenu buttonText={language.toUpperCase()} aria-label={`${language.toUpperCase()}, ${t.language}`}>
          {UI_LANGUAGES.map((code) => (
            <LanguageMenuItem key={code} lang={code} onSelect={() => setLanguage(code)} selected={code === language}>
              {t.languageNames[code]}
            </LanguageMenuItem>
          ))}
        </LanguageMenu>
      </Top>
      <Heading variant="h1">{t.signIn.heading}</Heading>
      {method === 'oidc' ? (
        <>
          <Paragraph>{t.signIn.providerIntro}</Paragraph>
          {providerFailed && !dismissed && (
            <Alert status="error" closeText={t.close} onCloseButtonClick={() => setDismissed(true)} role="alert">
              {t.signIn.providerFailed}
            </Alert>
          )}
          <div>
            <Button onClick={signInWithProvider}>{t.signIn.submit}</Button>
          </div>
        </>
      ) : (
        <TokenForm />
      )}
    </Page>
  );
}

/** The development sign-in form: an access token, checked with `me`. */
function TokenForm() {
  const { t } = useI18n();
  const { signIn } = useSession();
  const [token, setToken] = useState('');
  const [failed, setFailed] = useState(false);
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailed(false);
    if (token.trim() === '') {
      setMissing(true);
      return;
    }
    setMissing(false);
    setBusy(true);
    const ok = await signIn(token);
    setBusy(false);
    if (!ok) setFailed(true);
  };

  return (
    <>
      <Paragraph>{t.signIn.intro}</Paragraph>
      {failed && (
        <Alert status="error" closeText={t.close} onCloseButtonClick={() => setFailed(false)} role="alert">
          {t.signIn.invalid}
        </Alert>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextInput
          labelText={t.signIn.tokenLabel}
          type="password"
          autoComplete="off"
          fullWidth
          value={token}
          onChange={(value) => setToken(String(value ?? ''))}
          status={missing ? 'error' : 'default'}
          statusText={missing ? t.signIn.required : undefined}
        />
        <Button type="submit" disabled={busy} mt="m">
          {t.signIn.submit}
        </Button>
      </form>
    </>
  );
}
