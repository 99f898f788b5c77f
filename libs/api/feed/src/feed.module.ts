import { Module } from '@nestjs/common';
import './feed.schema.js';
import { FeedResolver } from './feed.resolver.js';
import { FeedService } from './feed.service.js';
import { OverrideResolver } from './override.resolver.js';
import { OverrideService } from './override.service.js';
import { SyndicationController } from './syndication.controller.js';
import { UsageService } from './usage.service.js';
import { WebhookDispatcher } from './webhook-dispatcher.service.js';
import { WebhookResolver } from './webhook.resolver.js';
import { WebhookService } from './webhook.service.js';

/** What libraries pull: the personalised feed, delta sync, subscriptions, usage receipts, RSS/Atom and webhooks. */
@Module({
  controllers: [SyndicationController],
  providers: [
    FeedService,
    UsageService,
    FeedResolver,
    WebhookService,
    WebhookDispatcher,
    WebhookResolver,
    OverrideService,
    OverrideResolver,
  ],
  exports: [FeedService, UsageService, WebhookService, WebhookDispatcher],
})
export class FeedModule {}
