import { Channel } from '@bibliohub/contracts';
import type { PostVariants } from '@bibliohub/api-content';

/**
 * Field paths of a library's local override and the pure rules around them. A path names one field of
 * a post: `title`, `body`, or `variants.<CHANNEL>.<text|hashtags|link|callToAction>`. An override keeps
 * two maps keyed by path: `fields` (the library's values) and `base` (the upstream values those fields
 * had when the library last decided). A field shows as changed upstream when the post's current value
 * differs from its base.
 */
export type OverrideValue = string | string[] | null;
export type OverrideMap = Record<string, OverrideValue>;

/** The content an override can change. */
export interface OverridableContent {
  title: string;
  body: string;
  variants: PostVariants;
}

export const VARIANT_KEYS = ['text', 'hashtags', 'link', 'callToAction'] as const;
export type VariantKey = (typeof VARIANT_KEYS)[number];

const CHANNEL_ORDER = Object.values(Channel);

export type OverridePath =
  | { kind: 'title' }
  | { kind: 'body' }
  | { kind: 'variant'; channel: Channel; key: VariantKey }
  /** `variants.<CHANNEL>` without a key: every field of that variant (clearing only). */
  | { kind: 'channel'; channel: Channel };

export function variantPath(channel: Channel, key: VariantKey): string {
  return `variants.${channel}.${key}`;
}

/** Parses a path; `null` when it names no overridable field. */
export function parsePath(path: string): OverridePath | null {
  if (path === 'title') return { kind: 'title' };
  if (path === 'body') return { kind: 'body' };
  const parts = path.split('.');
  if (parts[0] !== 'variants' || parts.length < 2 || parts.length > 3) return null;
  const channel = parts[1] as Channel;
  if (!CHANNEL_ORDER.includes(channel)) return null;
  if (parts.length === 2) return { kind: 'channel', channel };
  const key = parts[2] as VariantKey;
  return VARIANT_KEYS.includes(key) ? { kind: 'variant', channel, key } : null;
}

/** The post's current value of a field; `null` for a field of a variant the post no longer has. */
export function upstreamValue(post: OverridableContent, path: string): OverrideValue {
  const p = parsePath(path);
  if (!p || p.kind === 'channel') return null;
  if (p.kind === 'title' || p.kind === 'body') return post[p.kind];
  return post.variants[p.channel]?.[p.key] ?? null;
}

export function sameValue(a: OverrideValue | undefined, b: OverrideValue | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** Paths in a stable order: title, body, then the channels and their fields in display order. */
export function sortPaths(paths: Iterable<string>): string[] {
  const rank = (path: string) => {
    const p = parsePath(path);
    if (!p) return 10_000;
    if (p.kind === 'title') return 0;
    if (p.kind === 'body') return 1;
    const channel = 10 + CHANNEL_ORDER.indexOf(p.channel) * 10;
    return p.kind === 'channel' ? channel : channel + 1 + VARIANT_KEYS.indexOf(p.key);
  };
  return [...new Set(paths)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/**
 * The library's copy: the post with its overridden fields. Overrides of a variant apply only while the
 * post has that variant (which channels a post offers stays a central decision).
 */
export function applyOverrides(post: OverridableContent, fields: OverrideMap | null): OverridableContent {
  if (!fields || !Object.keys(fields).length) return post;
  const out: OverridableContent = { title: post.title, body: post.body, variants: { ...post.variants } };
  for (const [path, value] of Object.entries(fields)) {
    const p = parsePath(path);
    if (!p || p.kind === 'channel') continue;
    if (p.kind === 'title' || p.kind === 'body') {
      if (typeof value === 'string') out[p.kind] = value;
      continue;
    }
    const variant = out.variants[p.channel];
    if (!variant) continue;
    out.variants[p.channel] = { ...variant, [p.key]: value };
  }
  return out;
}

export interface UpstreamChange {
  field: string;
  before: OverrideValue;
  after: OverrideValue;
}

/** Overridden fields whose upstream value moved since the library last decided. */
export function upstreamChanges(
  post: OverridableContent,
  fields: OverrideMap | null,
  base: OverrideMap | null,
): UpstreamChange[] {
  if (!fields) return [];
  return sortPaths(Object.keys(fields)).flatMap((field) => {
    const before = base?.[field] ?? null;
    const after = upstreamValue(post, field);
    return sameValue(before, after) ? [] : [{ field, before, after }];
  });
}

/** A value as text for the API: hashtags as `#a #b`. */
export function displayValue(
  value: OverrideValue | undefined,
  render: (text: string) => string = (t) => t,
): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map((tag) => `#${tag}`).join(' ');
  return render(value);
}
