import { registerSchema } from '@bibliohub/api-core';
import { FeedEventEntity } from './feed-event.entity.js';
import { FeedSubscriptionEntity } from './feed-subscription.entity.js';
import { Feed1763900003000 } from './migrations/1763900003000-feed.migration.js';
import { UsageReceiptEntity } from './usage-receipt.entity.js';

registerSchema({
  entities: [FeedSubscriptionEntity, UsageReceiptEntity, FeedEventEntity],
  migrations: [Feed1763900003000],
});
