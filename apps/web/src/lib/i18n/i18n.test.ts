import { beforeAll, describe, expect, it } from 'vitest';
import { en } from './en';
import { loadLanguage, translate } from './i18n';
import { nl } from './nl';

describe('i18n', () => {
  beforeAll(() => loadLanguage('en'));

  it('fills parameters and picks singular or plural', () => {
    expect(translate('nl', 'tenants.shown', { n: 1 })).toBe('1 bibliotheek getoond');
    expect(translate('nl', 'tenants.shown', { n: 12 })).toBe('12 bibliotheken getoond');
    expect(translate('en', 'users.shown', { n: 1 })).toBe('1 user shown');
    expect(translate('nl', 'start.title', { name: 'Anne' })).toBe('Welkom, Anne');
  });

  it('has every text in both languages, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    for (const [key, text] of [...Object.entries(nl), ...Object.entries(en)]) expect(text, key).not.toBe('');
  });

  it('shows the raw value for a key built from an API value it does not know', () => {
    expect(translate('nl', 'role.NEW_ROLE' as 'role.CENTRAL_ADMIN')).toBe('NEW_ROLE');
  });
});
