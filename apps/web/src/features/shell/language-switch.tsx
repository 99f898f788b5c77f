import { useI18n } from '../../lib/i18n/i18n';

/** One button that offers the other language, named in that language. */
export function LanguageSwitch() {
  const { lang, setLang } = useI18n();
  const other = lang === 'nl' ? 'en' : 'nl';
  return (
    <button type="button" className="lang-switch" lang={other} onClick={() => setLang(other)}>
      {other === 'en' ? 'English' : 'Nederlands'}
    </button>
  );
}
