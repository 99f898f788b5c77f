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
 * Per-field messages from BAD_USER_INPUT details, keyed by the field path without `input.`
 * (`email`, `channels.0.handle`). Looks up `field.<name>.<reason>`, then `field.<reason>`.
 */
export function fieldErrors(error: unknown, t: Translate): Record<string, string> {
  if (!(error instanceof ApiError) || error.code !== 'BAD_USER_INPUT') return {};
  const out: Record<string, string> = {};
  for (const detail of error.details) {
    const field = detail.field.replace(/^input\./, '');
    if (out[field]) continue;
    const name = field.split('.').pop() ?? field;
    const own = `field.${name}.${detail.reason}`;
    const generic = `field.${detail.reason}`;
    out[field] = isMessageKey(own) ? t(own) : isMessageKey(generic) ? t(generic) : detail.message;
  }
  return out;
}
