import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { nl, type MessageKey, type Messages } from './nl';

export type Language = 'nl' | 'en';
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

export const LANGUAGES: readonly Language[] = ['nl', 'en'];
/** Dutch is built in; English is fetched the first time someone chooses it (a chunk of its own). */
const DICTIONARIES: Partial<Record<Language, Messages>> = { nl };
const LOADERS: Record<Language, () => Promise<Messages>> = {
  nl: () => Promise.resolve(nl),
  en: () => import('./en').then((m) => m.en),
};

/** Makes a language's texts available (once); `translate` falls back to Dutch until then. */
export async function loadLanguage(lang: Language): Promise<void> {
  DICTIONARIES[lang] ??= await LOADERS[lang]();
}
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
  const text = (DICTIONARIES[lang] ?? nl)[key] ?? key.slice(key.indexOf('.') + 1);
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
  /** 5 jan 2026 (tables with little room) */
  formatShortDate: (iso: string) => string;
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
  // The languages whose texts are here. Only a first visit in English waits (a moment) for them;
  // switching loads the texts first and then switches, so nothing on the page is lost.
  const [loaded, setLoaded] = useState<readonly Language[]>(() =>
    LANGUAGES.filter((l) => DICTIONARIES[l] !== undefined),
  );
  const ready = loaded.includes(lang);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  useEffect(() => {
    if (ready) return;
    let cancelled = false;
    loadLanguage(lang).then(
      () => !cancelled && setLoaded((current) => [...current, lang]),
      // Offline or a failed chunk: carry on in Dutch rather than show nothing.
      () => !cancelled && setLangState('nl'),
    );
    return () => {
      cancelled = true;
    };
  }, [lang, ready]);

  const setLang = useCallback((next: Language) => {
    localStorage.setItem(STORAGE_KEY, next);
    loadLanguage(next).then(
      () => {
        setLoaded((current) => (current.includes(next) ? current : [...current, next]));
        setLangState(next);
      },
      () => undefined,
    );
  }, []);

  const value = useMemo<I18n>(() => {
    const locale = LOCALES[lang];
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: TIME_ZONE });
    const shortDate = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: TIME_ZONE });
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
      formatShortDate: (iso) => shortDate.format(new Date(iso)),
      formatDateTime: (iso) => dateTime.format(new Date(iso)),
      formatNumber: (n) => number.format(n),
    };
  }, [lang, setLang]);

  return <I18nContext value={value}>{ready ? children : null}</I18nContext>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
