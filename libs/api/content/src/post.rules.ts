import {
  CHANNEL_RULES,
  composeVariant,
  countCharacters,
  countHashtags,
  ErrorCode,
  findPlaceholderProblems,
  PLACEHOLDERS,
  withReservedLengths,
  type Channel,
  type FieldErrorDetail,
} from '@bibliohub/contracts';
import { AppError } from '@bibliohub/api-core';
import type { PostVariant, PostVariants } from './post.entity.js';

export interface PostTexts {
  title?: string;
  body?: string;
  variants?: PostVariants;
  availableFrom?: Date | null;
  availableUntil?: Date | null;
}

const VALID = PLACEHOLDERS.map((p) => `{{${p.key}}}`).join(', ');

/** Length of a variant as the channel counts it, with room reserved for each placeholder. */
export function variantLength(channel: Channel, variant: PostVariant): number {
  return countCharacters(withReservedLengths(composeVariant(variant)), channel);
}

/**
 * Everything a post must satisfy before it is saved: only known placeholders, and every channel
 * variant within that channel's real limits. All problems are reported at once, per field.
 */
export function assertValidPost(post: PostTexts): void {
  const placeholderProblems: FieldErrorDetail[] = [];
  const check = (field: string, text: string | null | undefined) => {
    for (const problem of findPlaceholderProblems(text ?? '')) {
      const what = problem.reason === 'UNKNOWN' ? 'Unknown placeholder' : 'Malformed placeholder';
      placeholderProblems.push({
        field,
        reason: problem.reason === 'UNKNOWN' ? 'unknownPlaceholder' : 'malformedPlaceholder',
        message: `${what} ${problem.token}; valid: ${VALID}`,
      });
    }
  };
  check('title', post.title);
  check('body', post.body);
  const limitProblems: FieldErrorDetail[] = [];
  for (const [channel, variant] of Object.entries(post.variants ?? {}) as [Channel, PostVariant][]) {
    const field = `variants.${channel}`;
    check(`${field}.text`, variant.text);
    check(`${field}.callToAction`, variant.callToAction);
    check(`${field}.link`, variant.link);
    const rules = CHANNEL_RULES[channel];
    const length = variantLength(channel, variant);
    if (length > rules.maxLength) {
      limitProblems.push({
        field,
        reason: 'maxLength',
        message: `${rules.label}: ${length} of at most ${rules.maxLength} characters (placeholders counted at their reserved length)`,
      });
    }
    const tags = countHashtags(composeVariant(variant));
    if (rules.maxHashtags !== undefined && tags > rules.maxHashtags) {
      limitProblems.push({
        field,
        reason: 'maxHashtags',
        message: `${rules.label}: ${tags} of at most ${rules.maxHashtags} hashtags`,
      });
    }
  }
  if (placeholderProblems.length) {
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      'INVALID_PLACEHOLDER',
      placeholderProblems[0].message,
      [...placeholderProblems, ...limitProblems],
      {
        validPlaceholders: PLACEHOLDERS.map((p) => `{{${p.key}}}`),
      },
    );
  }
  if (limitProblems.length)
    throw AppError.badInput(
      'CHANNEL_LIMIT_EXCEEDED',
      limitProblems.map((p) => p.message).join('; '),
      limitProblems,
    );
  if (post.availableFrom && post.availableUntil && post.availableFrom >= post.availableUntil) {
    throw AppError.badInput('INVALID_WINDOW', 'availableUntil must lie after availableFrom', [
      { field: 'availableUntil', reason: 'afterFrom', message: 'must lie after availableFrom' },
    ]);
  }
}
