import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Channel } from '@bibliohub/contracts';
import { Access, APP_CONFIG, AppError, isUuid, TenantDb, type AppConfig } from '@bibliohub/api-core';
import { FeedService } from './feed.service.js';
import { feedTokenMatches } from './feed-token.js';
import { toAtom, toRss } from './syndication.js';

const FORMATS = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
} as const;
const ITEMS = 50;

/**
 * RSS 2.0 and Atom per library and channel, for websites that only take a feed URL. Authorised by
 * the read-only token in the URL; cacheable by a CDN (ETag and 304 come from Express).
 */
@Controller('feeds')
@Access({ public: true })
export class SyndicationController {
  constructor(
    private readonly feeds: FeedService,
    private readonly db: TenantDb,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get(':tenantId/:format')
  async feed(
    @Param('tenantId') tenantId: string,
    @Param('format') format: string,
    @Query('channel') channelParam: string | undefined,
    @Query('token') token: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const channel = (channelParam ?? Channel.GENERIC) as Channel;
    if (format !== 'rss' && format !== 'atom') throw AppError.notFound('FEED_FORMAT', 'Use /rss or /atom');
    if (!Object.values(Channel).includes(channel))
      throw AppError.badInput(
        'INVALID_CHANNEL',
        `channel must be one of ${Object.values(Channel).join(', ')}`,
      );
    const [state] = isUuid(tenantId)
      ? await this.db.asTenant(tenantId, (db) =>
          db.query<{ version: number; name: string; website: string | null; active: boolean }[]>(
            `SELECT coalesce(s.feed_token_version, 1) AS version, coalesce(t.display_name, t.name) AS name, t.website, t.active
               FROM tenants t LEFT JOIN feed_subscriptions s ON s.tenant_id = t.id WHERE t.id = $1 AND t.kind = 'LIBRARY'`,
            [tenantId],
          ),
        )
      : [];
    if (
      !state ||
      !state.active ||
      !token ||
      !feedTokenMatches(this.config.secrets.JWT_SECRET, tenantId, state.version, token)
    ) {
      throw AppError.notFound(
        'FEED_NOT_FOUND',
        'No feed at this address; copy the current link from BiblioHub',
      );
    }
    const page = await this.feeds.feedForTenant(tenantId, {
      first: ITEMS,
      channel: channel === Channel.GENERIC ? undefined : channel,
    });
    const selfUrl = `${this.config.publicUrl}/feeds/${tenantId}/${format}?channel=${channel}&token=${token}`;
    const updated = page.nodes.reduce((max, n) => (n.updatedAt > max ? n.updatedAt : max), new Date(0));
    const feed = {
      title: `${state.name} – BiblioHub`,
      selfUrl,
      siteUrl: state.website ?? this.config.publicUrl,
      libraryName: state.name,
      channel,
      updated,
      items: page.nodes,
    };
    res.type(FORMATS[format]);
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.send(format === 'rss' ? toRss(feed) : toAtom(feed));
  }
}
