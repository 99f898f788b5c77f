import type { Translate } from '../../lib/i18n/i18n';
import { today } from './programme-options';

/*
 * Checks the evidence forms make before asking the API, so a library sees every problem at once and
 * in its own words. The API checks the same again (and more); its messages appear per field as well.
 */

type Problems = Record<string, string>;

export function requireText(field: string, value: string, t: Translate): Problems {
  return value.trim() ? {} : { [field]: t('field.required') };
}

/** A date (YYYY-MM-DD) that is filled in and does not lie in the future; optional ones may be empty. */
export function checkDate(
  field: string,
  value: string,
  t: Translate,
  { optional = false, now = new Date() }: { optional?: boolean; now?: Date } = {},
): Problems {
  if (!value) return optional ? {} : { [field]: t('field.required') };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return { [field]: t('field.matches') };
  return value > today(now) ? { [field]: t('field.notInFuture') } : {};
}

/** A whole number of at least `min` (staff, members, followers …), typed as text. */
export function checkCount(
  field: string,
  value: string,
  t: Translate,
  min = 0,
  { optional = false }: { optional?: boolean } = {},
): Problems {
  const text = value.trim();
  if (!text) return optional ? {} : { [field]: t('field.required') };
  if (!/^\d+$/.test(text)) return { [field]: t('field.isInt') };
  return Number(text) < min ? { [field]: t('field.min') } : {};
}

/** An optional web address: empty, or http(s)://… */
export function checkUrl(field: string, value: string, t: Translate): Problems {
  const text = value.trim();
  if (!text) return {};
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? {} : { [field]: t('field.isUrl') };
  } catch {
    return { [field]: t('field.isUrl') };
  }
}
