import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en } from './en';
import { nl, type MessageKey, type Messages } from './nl';

export type Language = 'nl' | 'en';
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

export const LANGUAGES: readonly Language[] = ['nl', 'en'];
const DICTIONARIES: Record<Language, Messages> = { nl, en };
const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };
const STORAGE_KEY = 'bibliohub.lang';
const TIME_ZONE = 'Europe/Amsterdam';

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(nl, key);
}

/**
 * Looks up `key` and fills `{name}` from params. `{n|one|other}` picks a form by the number `n`:
 * `{n} {n|minuut|minuten}`.
 */
export function translate(lang: Language, key: MessageKey, params: Params = {}): string {
  // Keys built from API values (`role.${role}`) may meet a value this build does not know yet.
  // Shown as the raw value (`USAGE_WRITE`) rather than breaking the page.
  const text = DICTIONARIES[lang][key] ?? key.slice(key.indexOf('.') + 1);
  return text.replace(
    /\{(\w+)(?:\|([^|}]*)\|([^}]*))?\}/g,
    (match, name: string, one?: string, other?: string) => {
      const value = params[name];
      if (value === undefined) return match;
      if (one !== undefined && other !== undefined) return Number(value) === 1 ? one : other;
      return String(value);
    },
  );
}

export interface I18n {
  lang: Language;
  setLang: (lang: Language) => void;
  t: Translate;
  /** 5 januari 2026 */
  formatDate: (iso: string) => string;
  /** 5 jan. 2026 09:30 */
  formatDateTime: (iso: string) => string;
  formatNumber: (value: number) => string;
}

const I18nContext = createContext<I18n | null>(null);

function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  return stored === 'en' || stored === 'nl' ? stored : 'nl';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Language>(initialLanguage);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback((next: Language) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLangState(next);
  }, []);

  const value = useMemo<I18n>(() => {
    const locale = LOCALES[lang];
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: TIME_ZONE });
    const dateTime = new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: TIME_ZONE,
    });
    const number = new Intl.NumberFormat(locale);
    return {
      lang,
      setLang,
      t: (key, params) => translate(lang, key, params),
      formatDate: (iso) => date.format(new Date(iso)),
      formatDateTime: (iso) => dateTime.format(new Date(iso)),
      formatNumber: (n) => number.format(n),
    };
  }, [lang, setLang]);

  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
