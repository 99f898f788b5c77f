import {
  CHANNEL_RULES,
  renderPlaceholders,
  type Channel,
  type PlaceholderProfile,
} from '@bibliohub/contracts';
import type { PostPreviewType, PostType, PostVariantType } from './dto/post.type.js';
import type { PostVariant, PostVariants } from './post.entity.js';
import { PostEntity } from './post.entity.js';
import { variantLength } from './post.rules.js';

const CHANNEL_ORDER: Channel[] = ['FACEBOOK', 'INSTAGRAM', 'X', 'LINKEDIN', 'GENERIC'] as Channel[];

export function toVariantTypes(
  variants: PostVariants,
  render: (text: string) => string = (t) => t,
): PostVariantType[] {
  return CHANNEL_ORDER.filter((c) => variants[c]).map((channel) => {
    const v = variants[channel]!;
    const rendered: PostVariant = {
      text: render(v.text),
      hashtags: v.hashtags,
      link: v.link && render(v.link),
      callToAction: v.callToAction && render(v.callToAction),
    };
    return {
      channel,
      ...rendered,
      length: variantLength(channel, rendered),
      maxLength: CHANNEL_RULES[channel].maxLength,
    };
  });
}

export function toPostType(post: PostEntity): PostType {
  return {
    id: post.id,
    externalId: post.externalId,
    title: post.title,
    body: post.body,
    variants: toVariantTypes(post.variants),
    theme: post.theme ?? null,
    targetGroups: post.targetGroups,
    goal: post.goal,
    language: post.language,
    tags: post.tags,
    status: post.status,
    availableFrom: post.availableFrom,
    availableUntil: post.availableUntil,
    suggestedPublishAt: post.suggestedPublishAt,
    scheduledAt: post.scheduledAt,
    publishedAt: post.publishedAt,
    withdrawnAt: post.withdrawnAt,
    withdrawalReason: post.withdrawalReason,
    source: post.source,
    attribution: post.attribution,
    createdAt: post.createdAt,
    updatedAt: post.updatedAt,
    version: post.version,
  };
}

/** The post as one library will see it: every placeholder filled from its profile (or the fallback). */
export function renderForLibrary(
  post: PostEntity,
  tenantId: string,
  profile: PlaceholderProfile,
): PostPreviewType {
  const render = (text: string) => renderPlaceholders(text, profile);
  return {
    tenantId,
    title: render(post.title),
    body: render(post.body),
    variants: toVariantTypes(post.variants, render),
  };
}

/** The editable content of a post, as stored in revisions. */
export function snapshotOf(post: PostEntity): Record<string, unknown> {
  return {
    title: post.title,
    body: post.body,
    variants: post.variants,
    themeId: post.themeId,
    targetGroups: post.targetGroups,
    goal: post.goal,
    language: post.language,
    tags: post.tags,
    availableFrom: post.availableFrom,
    availableUntil: post.availableUntil,
    suggestedPublishAt: post.suggestedPublishAt,
    status: post.status,
  };
}
