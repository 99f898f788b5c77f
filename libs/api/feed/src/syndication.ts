import { CHANNEL_RULES, composeVariant, type Channel } from '@bibliohub/contracts';
import type { FeedItemType } from './dto/feed.type.js';

export interface SyndicationFeed {
  title: string;
  selfUrl: string;
  siteUrl: string;
  libraryName: string;
  channel: Channel;
  updated: Date;
  items: FeedItemType[];
}

const escape = (text: string) =>
  text.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!,
  );
// XML 1.0 forbids most control characters; user text must not break the document.
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const clean = (text: string) => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
const x = (text: string) => escape(clean(text));

/** The text a library posts on the channel: the channel's variant, or the master text. */
function message(item: FeedItemType, channel: Channel): { text: string; link: string | null } {
  const variant = item.variants.find((v) => v.channel === channel);
  return variant ? { text: composeVariant(variant), link: variant.link } : { text: item.body, link: null };
}

/** RSS 2.0 (with atom:link rel=self, as the RSS Advisory Board recommends). */
export function toRss(feed: SyndicationFeed): string {
  const items = feed.items.map((item) => {
    const { text, link } = message(item, feed.channel);
    return [
      '    <item>',
      `      <title>${x(item.title)}</title>`,
      `      <link>${x(link ?? feed.siteUrl)}</link>`,
      `      <description>${x(text)}</description>`,
      `      <guid isPermaLink="false">urn:uuid:${item.id}</guid>`,
      `      <pubDate>${item.publishedAt.toUTCString()}</pubDate>`,
      ...(item.theme ? [`      <category>${x(item.theme.name)}</category>`] : []),
      '    </item>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${x(feed.title)}</title>`,
    `    <link>${x(feed.siteUrl)}</link>`,
    `    <description>${x(`Berichten van BiblioHub voor ${feed.libraryName} (${CHANNEL_RULES[feed.channel].label})`)}</description>`,
    '    <language>nl</language>',
    `    <lastBuildDate>${feed.updated.toUTCString()}</lastBuildDate>`,
    `    <atom:link href="${x(feed.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}

/** Atom 1.0 (RFC 4287). */
export function toAtom(feed: SyndicationFeed): string {
  const entries = feed.items.map((item) => {
    const { text, link } = message(item, feed.channel);
    return [
      '  <entry>',
      `    <id>urn:uuid:${item.id}</id>`,
      `    <title>${x(item.title)}</title>`,
      `    <updated>${item.updatedAt.toISOString()}</updated>`,
      `    <published>${item.publishedAt.toISOString()}</published>`,
      `    <link rel="alternate" href="${x(link ?? feed.siteUrl)}"/>`,
      `    <content type="text">${x(text)}</content>`,
      ...(item.theme ? [`    <category term="${x(item.theme.slug)}" label="${x(item.theme.name)}"/>`] : []),
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">',
    `  <id>${x(feed.selfUrl.replace(/\?.*$/, ''))}</id>`,
    `  <title>${x(feed.title)}</title>`,
    `  <updated>${feed.updated.toISOString()}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${x(feed.selfUrl)}"/>`,
    `  <link rel="alternate" href="${x(feed.siteUrl)}"/>`,
    `  <author><name>${x(feed.libraryName)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
