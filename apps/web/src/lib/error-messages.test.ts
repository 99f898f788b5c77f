import { beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { detailMessage, errorMessage, fieldErrors } from './error-messages';
import { loadLanguage, translate, type Language } from './i18n/i18n';

const t =
  (lang: Language = 'nl') =>
  (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(lang, key, params);

describe('error messages', () => {
  beforeAll(() => loadLanguage('en'));

  it('maps sub-codes to clear Dutch sentences', () => {
    expect(errorMessage(new ApiError('UNAUTHENTICATED', 'INVALID_CREDENTIALS', 'x'), t())).toBe(
      'E-mailadres of wachtwoord klopt niet.',
    );
    expect(errorMessage(new ApiError('CONFLICT', 'STALE_VERSION', 'x'), t())).toBe(
      'Iemand anders heeft dit intussen gewijzigd. Laad de pagina opnieuw.',
    );
    expect(errorMessage(new ApiError('CONFLICT', 'EMAIL_TAKEN', 'x'), t('en'))).toBe(
      'A user with this email address already exists.',
    );
  });

  it('says in minutes when to try again after RATE_LIMITED', () => {
    const limited = (seconds: number) => new ApiError('RATE_LIMITED', 'TOO_MANY_ATTEMPTS', 'x', [], seconds);
    expect(errorMessage(limited(30), t())).toBe('Te veel pogingen. Probeer het over 1 minuut opnieuw.');
    expect(errorMessage(limited(14 * 60 + 1), t())).toBe(
      'Te veel pogingen. Probeer het over 15 minuten opnieuw.',
    );
    expect(errorMessage(limited(120), t('en'))).toBe('Too many attempts. Try again in 2 minutes.');
  });

  it('falls back to the code for unknown sub-codes, and to a general sentence for other errors', () => {
    expect(errorMessage(new ApiError('FORBIDDEN', 'SOMETHING_NEW', 'x'), t())).toBe(
      'Je hebt geen toestemming voor deze actie.',
    );
    expect(errorMessage(new ApiError('NETWORK', undefined, 'x'), t())).toMatch(/^Geen verbinding/);
    expect(errorMessage(new Error('boom'), t())).toBe('Er ging iets mis. Probeer het opnieuw.');
  });

  it('gives per-field messages from BAD_USER_INPUT details', () => {
    const error = new ApiError('BAD_USER_INPUT', 'VALIDATION_FAILED', 'x', [
      { field: 'input.website', reason: 'isUrl', message: 'website must be a URL address' },
      { field: 'input.website', reason: 'maxLength', message: 'too long' },
      { field: 'input.slug', reason: 'matches', message: 'bad slug' },
      { field: 'input.channels.0.handle', reason: 'minLength', message: 'short' },
      { field: 'input.branchCount', reason: 'somethingNew', message: 'API says so' },
    ]);
    expect(fieldErrors(error, t())).toEqual({
      website: 'Vul een volledig webadres in dat begint met https://.',
      slug: 'Gebruik alleen kleine letters, cijfers en losse streepjes, zoals bibliotheek-delft.',
      'channels.0.handle': 'Deze tekst is te kort.',
      branchCount: 'API says so',
    });
    expect(fieldErrors(new ApiError('CONFLICT', 'STALE_VERSION', 'x'), t())).toEqual({});
  });

  it('names import row problems by reason, and leaves unknown reasons to the API message', () => {
    expect(detailMessage({ field: 'theme', reason: 'unknownTheme' }, t())).toBe(
      'Onbekend thema: gebruik de korte naam (slug) van een bestaand thema.',
    );
    expect(detailMessage({ field: '(json)', reason: 'malformedJson' }, t('en'))).toBe(
      'This line is not valid JSON.',
    );
    // A form field's own sentence wins over the generic one, as in fieldErrors.
    expect(detailMessage({ field: 'input.slug', reason: 'matches' }, t())).toBe(
      'Gebruik alleen kleine letters, cijfers en losse streepjes, zoals bibliotheek-delft.',
    );
    expect(detailMessage({ field: '(row)', reason: 'sqlstate:23514' }, t())).toBeUndefined();
  });
});
