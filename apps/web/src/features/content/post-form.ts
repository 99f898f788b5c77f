import {
  CHANNEL_RULES,
  composeVariant,
  countCharacters,
  countHashtags,
  withReservedLengths,
} from '@bibliohub/contracts';
import type {
  Channel,
  Goal,
  Language,
  PostFieldsFragment,
  PostVariantInput,
  TargetGroup,
  VariantFieldsFragment,
} from '../../gql/graphql';
import { endOfDay, fromDateTimeInput, startOfDay, toDateInput, toDateTimeInput } from '../../lib/dates';
import { CHANNELS } from '../tenants/profile-form';

/** One channel's text as the form holds it; hashtags as typed ("#lezen bieb"). */
export interface VariantValues {
  text: string;
  hashtags: string;
  link: string;
  callToAction: string;
}

export type VariantsValues = Record<Channel, VariantValues>;

/** What central posts and local submissions share: the texts and how they are classified. */
export interface ContentValues {
  title: string;
  body: string;
  themeId: string;
  goal: Goal | '';
  language: Language;
  targetGroups: TargetGroup[];
  variants: VariantsValues;
}

export interface PostValues extends ContentValues {
  tags: string;
  availableFrom: string;
  availableUntil: string;
  suggestedPublishAt: string;
}

const EMPTY_VARIANT: VariantValues = { text: '', hashtags: '', link: '', callToAction: '' };

export function variantsValues(variants: readonly VariantFieldsFragment[]): VariantsValues {
  const byChannel = new Map(variants.map((v) => [v.channel, v]));
  return Object.fromEntries(
    CHANNELS.map((channel) => {
      const v = byChannel.get(channel);
      return [
        channel,
        v
          ? {
              text: v.text,
              hashtags: v.hashtags.map((h) => `#${h.replace(/^#/, '')}`).join(' '),
              link: v.link ?? '',
              callToAction: v.callToAction ?? '',
            }
          : EMPTY_VARIANT,
      ];
    }),
  ) as VariantsValues;
}

export const EMPTY_POST: PostValues = {
  title: '',
  body: '',
  themeId: '',
  goal: '',
  language: 'NL',
  targetGroups: [],
  variants: variantsValues([]),
  tags: '',
  availableFrom: '',
  availableUntil: '',
  suggestedPublishAt: '',
};

export function postValues(post: PostFieldsFragment): PostValues {
  return {
    title: post.title,
    body: post.body,
    themeId: post.theme?.id ?? '',
    goal: post.goal ?? '',
    language: post.language,
    targetGroups: [...post.targetGroups],
    variants: variantsValues(post.variants),
    tags: post.tags.join(', '),
    availableFrom: toDateInput(post.availableFrom),
    availableUntil: toDateInput(post.availableUntil),
    suggestedPublishAt: toDateTimeInput(post.suggestedPublishAt),
  };
}

/** "#lezen bieb, #Boekenweek" → ["lezen", "bieb", "Boekenweek"] */
export function parseHashtags(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((h) => h.replace(/^#+/, '').trim())
    .filter(Boolean);
}

/** The variant as the API takes it (null: no link or call to action). */
export function variantInput(channel: Channel, v: VariantValues): PostVariantInput {
  return {
    channel,
    text: v.text,
    hashtags: parseHashtags(v.hashtags),
    link: v.link.trim() || null,
    callToAction: v.callToAction.trim() || null,
  };
}

/** Only channels with a text are sent: leaving the text empty leaves the channel out. */
export function variantsInput(variants: VariantsValues): PostVariantInput[] {
  return CHANNELS.filter((c) => variants[c].text.trim()).map((c) => variantInput(c, variants[c]));
}

/** The content part of a post or submission input. */
export function contentInput(values: ContentValues) {
  return {
    title: values.title.trim(),
    body: values.body,
    themeId: values.themeId || null,
    goal: values.goal || null,
    language: values.language,
    targetGroups: values.targetGroups,
    variants: variantsInput(values.variants),
  };
}

/** Create or update input of a post (update adds the version). Empty dates clear them. */
export function postInput(values: PostValues) {
  return {
    ...contentInput(values),
    tags: values.tags
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean),
    availableFrom: startOfDay(values.availableFrom),
    availableUntil: values.availableUntil ? endOfDay(values.availableUntil) : null,
    suggestedPublishAt: fromDateTimeInput(values.suggestedPublishAt),
  };
}

export interface VariantCount {
  length: number;
  max: number;
  hashtags: number;
  maxHashtags: number | undefined;
  over: boolean;
}

/**
 * The length of a variant exactly as the API counts it: the composed message (text, call to action,
 * link, hashtags), each placeholder at its reserved length, counted the channel's way (X weighs).
 */
export function countVariant(channel: Channel, v: VariantValues): VariantCount {
  const composed = composeVariant(variantInput(channel, v));
  // The contracts' Channel enum has the same values as the generated union.
  const ruled = channel as keyof typeof CHANNEL_RULES;
  const rules = CHANNEL_RULES[ruled];
  const length = countCharacters(withReservedLengths(composed), ruled);
  const hashtags = countHashtags(composed);
  return {
    length,
    max: rules.maxLength,
    hashtags,
    maxHashtags: rules.maxHashtags,
    over: length > rules.maxLength || (rules.maxHashtags !== undefined && hashtags > rules.maxHashtags),
  };
}

/** The message of a variant as it is posted (for previews and the clipboard). */
export function composedText(v: VariantFieldsFragment): string {
  return composeVariant(v);
}
