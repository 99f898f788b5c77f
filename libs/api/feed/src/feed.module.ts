import { Module } from '@nestjs/common';
import './feed.schema.js';
import { FeedResolver } from './feed.resolver.js';
import { FeedService } from './feed.service.js';
import { UsageService } from './usage.service.js';

/** What libraries pull: the personalised feed, delta sync, subscriptions and usage receipts. */
@Module({ providers: [FeedService, UsageService, FeedResolver], exports: [FeedService, UsageService] })
export class FeedModule {}
