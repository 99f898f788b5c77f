import { ApiError } from './api-error';
import { isMessageKey, type Translate } from './i18n/i18n';

/** A clear sentence for any error the API (or the network) gives, in the current language. */
export function errorMessage(error: unknown, t: Translate): string {
  if (!(error instanceof ApiError)) return t('error.unexpected');
  const specific = `error.sub.${error.subCode ?? ''}`;
  if (isMessageKey(specific)) return t(specific);
  switch (error.code) {
    case 'RATE_LIMITED':
      return t('error.code.RATE_LIMITED', {
        n: Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60)),
      });
    case 'UNAUTHENTICATED':
    case 'FORBIDDEN':
    case 'NOT_FOUND':
    case 'BAD_USER_INPUT':
    case 'CONFLICT':
    case 'UNAVAILABLE':
    case 'INTERNAL':
    case 'NETWORK':
      return t(`error.code.${error.code}`);
  }
}

/**
 * The sentence for one field problem (a BAD_USER_INPUT detail, an import row's error): looks up
 * `field.<name>.<reason>`, then `field.<reason>`, where name is the last part of the field path;
 * undefined when neither exists (the caller then shows the API's own message).
 */
export function detailMessage(detail: { field: string; reason: string }, t: Translate): string | undefined {
  const name = detail.field.split('.').pop() ?? detail.field;
  const own = `field.${name}.${detail.reason}`;
  const generic = `field.${detail.reason}`;
  return isMessageKey(own) ? t(own) : isMessageKey(generic) ? t(generic) : undefined;
}

/**
 * Per-field messages from BAD_USER_INPUT details, keyed by the field path without `input.`
 * (`email`, `channels.0.handle`); the API's message where no sentence exists.
 */
export function fieldErrors(error: unknown, t: Translate): Record<string, string> {
  if (!(error instanceof ApiError) || error.code !== 'BAD_USER_INPUT') return {};
  const out: Record<string, string> = {};
  for (const detail of error.details) {
    const field = detail.field.replace(/^input\./, '');
    out[field] ??= detailMessage({ field, reason: detail.reason }, t) ?? detail.message;
  }
  return out;
}
