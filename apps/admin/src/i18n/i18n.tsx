import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en, type Dictionary } from './dictionary-en.js';
import { fi } from './dictionary-fi.js';
import { sv } from './dictionary-sv.js';

export type UiLanguage = 'fi' | 'sv' | 'en';
export const UI_LANGUAGES: UiLanguage[] = ['fi', 'sv', 'en'];
const DICTIONARIES: Record<UiLanguage, Dictionary> = { fi, sv, en };
const STORAGE_KEY = 'sidos.language';

/** The language chosen before, else the browser's first of Finnish, Swedish and English, else Finnish. */
export function initialLanguage(): UiLanguage {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored && (UI_LANGUAGES as string[]).includes(stored)) return stored as UiLanguage;
  for (const preferred of navigator.languages ?? [navigator.language]) {
    const base = preferred.slice(0, 2).toLowerCase();
    if ((UI_LANGUAGES as string[]).includes(base)) return base as UiLanguage;
  }
  return 'fi';
}

interface I18nValue {
  language: UiLanguage;
  t: Dictionary;
  setLanguage: (language: UiLanguage) => void;
}

const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<UiLanguage>(initialLanguage);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const value = useMemo<I18nValue>(
    () => ({
      language,
      t: DICTIONARIES[language],
      setLanguage: (next) => {
        localStorage.setItem(STORAGE_KEY, next);
        setLanguageState(next);
      },
    }),
    [language],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
