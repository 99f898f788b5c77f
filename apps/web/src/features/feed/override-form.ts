import type { Channel, PostOverrideFieldsFragment, PostOverrideInput } from '../../gql/graphql';
import { parseHashtags, type VariantValues } from '../content/post-form';

/*
 * A library's own copy of a central post, field by field. A field is named by its path as the API
 * names it: `title`, `body`, `variants.<CHANNEL>.<text|hashtags|link|callToAction>`. The form holds
 * every field as text (hashtags as "#a #b", no link as ''), starting from the library's own value
 * where it has one and the central value elsewhere; only the fields the library changes are sent.
 */

export const VARIANT_FIELDS = ['text', 'hashtags', 'link', 'callToAction'] as const;
export type VariantField = (typeof VARIANT_FIELDS)[number];

export interface CentralPost {
  title: string;
  body: string;
  variants: readonly {
    channel: Channel;
    text: string;
    hashtags: readonly string[];
    link?: string | null;
    callToAction?: string | null;
  }[];
}

export type OverrideValues = Record<string, string>;

export const variantPath = (channel: Channel, field: VariantField) => `variants.${channel}.${field}`;

/** Every field the library can override: title, text, then each of the post's channels. */
export function fieldPaths(post: CentralPost): string[] {
  return [
    'title',
    'body',
    ...post.variants.flatMap((v) => VARIANT_FIELDS.map((f) => variantPath(v.channel, f))),
  ];
}

/** Splits a variant path; null for title and body. */
export function parseVariantPath(path: string): { channel: Channel; field: VariantField } | null {
  const [root, channel, field] = path.split('.');
  if (root !== 'variants' || !channel || !field) return null;
  return (VARIANT_FIELDS as readonly string[]).includes(field)
    ? { channel: channel as Channel, field: field as VariantField }
    : null;
}

const hashtagText = (tags: readonly string[]) => tags.map((h) => `#${h.replace(/^#/, '')}`).join(' ');

/** The central value of a field, as the form shows it. */
export function centralValue(post: CentralPost, path: string): string {
  if (path === 'title') return post.title;
  if (path === 'body') return post.body;
  const p = parseVariantPath(path);
  const variant = p && post.variants.find((v) => v.channel === p.channel);
  if (!p || !variant) return '';
  if (p.field === 'hashtags') return hashtagText(variant.hashtags);
  return variant[p.field] ?? '';
}

/** The library's copy as form values: its own value where it overrode a field, the central one elsewhere. */
export function overrideValues(post: CentralPost, override: PostOverrideFieldsFragment): OverrideValues {
  const own = new Map(override.fields.map((f) => [f.field, f.local ?? '']));
  return Object.fromEntries(
    fieldPaths(post).map((path) => [path, own.get(path) ?? centralValue(post, path)]),
  );
}

/**
 * The fields changed in the form, as `setPostOverride` takes them (hashtags as a list, an emptied
 * link or call to action as null). Null when nothing changed.
 */
export function overrideInput(
  post: CentralPost,
  initial: OverrideValues,
  values: OverrideValues,
  version: number,
): PostOverrideInput | null {
  const changed = fieldPaths(post).filter((path) => (values[path] ?? '') !== (initial[path] ?? ''));
  if (!changed.length) return null;
  const input: PostOverrideInput = { version };
  const variants = new Map<Channel, NonNullable<PostOverrideInput['variants']>[number]>();
  for (const path of changed) {
    const value = values[path] ?? '';
    if (path === 'title') input.title = value.trim();
    else if (path === 'body') input.body = value;
    else {
      const p = parseVariantPath(path);
      if (!p) continue;
      const variant = variants.get(p.channel) ?? { channel: p.channel };
      if (p.field === 'hashtags') variant.hashtags = parseHashtags(value);
      else if (p.field === 'text') variant.text = value;
      else variant[p.field] = value.trim() || null;
      variants.set(p.channel, variant);
    }
  }
  if (variants.size) input.variants = [...variants.values()];
  return input;
}

/** One channel's fields from the form, to count them as the channel does. */
export function variantValues(values: OverrideValues, channel: Channel): VariantValues {
  const get = (field: VariantField) => values[variantPath(channel, field)] ?? '';
  return {
    text: get('text'),
    hashtags: get('hashtags'),
    link: get('link'),
    callToAction: get('callToAction'),
  };
}
