import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider, initialLanguage, useI18n } from './i18n.js';

function prefer(languages: string[]): void {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
}

function Switcher() {
  const { t, setLanguage } = useI18n();
  return (
    <>
      <h1>{t.signIn.heading}</h1>
      <button onClick={() => setLanguage('sv')}>sv</button>
    </>
  );
}

describe('the console language', () => {
  it("follows the browser's first of Finnish, Swedish and English, else Finnish", () => {
    prefer(['de-DE', 'sv-FI', 'en-GB']);
    expect(initialLanguage()).toBe('sv');
    prefer(['en-US']);
    expect(initialLanguage()).toBe('en');
    prefer(['de-DE', 'fr-FR']);
    expect(initialLanguage()).toBe('fi');
  });

  it('keeps the language chosen before over the browser', () => {
    prefer(['sv-FI']);
    localStorage.setItem('sidos.language', 'en');
    expect(initialLanguage()).toBe('en');
    localStorage.setItem('sidos.language', 'xx');
    expect(initialLanguage()).toBe('sv');
  });

  it('switches the texts and the document language, and remembers the choice', () => {
    prefer(['en-GB']);
    render(
      <I18nProvider>
        <Switcher />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading').textContent).toBe('Sign in');
    expect(document.documentElement.lang).toBe('en');
    act(() => screen.getByRole('button', { name: 'sv' }).click());
    expect(screen.getByRole('heading').textContent).toBe('Logga in');
    expect(document.documentElement.lang).toBe('sv');
    expect(localStorage.getItem('sidos.language')).toBe('sv');
  });
});
