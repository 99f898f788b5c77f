import { FeedAssets1763900004500 } from './migrations/1763900004500-feed-assets.migration.js';
import { FeedCandidates1763900009100 } from './migrations/1763900009100-feed-candidates.migration.js';
import { registerSchema } from '@bibliohub/api-core';
import { FeedEventEntity } from './feed-event.entity.js';
import { FeedSubscriptionEntity } from './feed-subscription.entity.js';
import { Feed1763900003000 } from './migrations/1763900003000-feed.migration.js';
import { FeedToken1763900003100 } from './migrations/1763900003100-feed-token.migration.js';
import { UsageReceiptEntity } from './usage-receipt.entity.js';
import { WebhookDeliveryEntity } from './webhook-delivery.entity.js';
import { WebhookEndpointEntity } from './webhook-endpoint.entity.js';
import { Webhooks1763900003300 } from './migrations/1763900003300-webhooks.migration.js';
import { PostOverrideEntity } from './post-override.entity.js';
import { PostOverrides1763900003400 } from './migrations/1763900003400-post-overrides.migration.js';

registerSchema({
  entities: [
    FeedSubscriptionEntity,
    UsageReceiptEntity,
    FeedEventEntity,
    WebhookEndpointEntity,
    WebhookDeliveryEntity,
  ],
  migrations: [Feed1763900003000, FeedToken1763900003100, Webhooks1763900003300],
});
registerSchema({ entities: [PostOverrideEntity], migrations: [PostOverrides1763900003400] });
registerSchema({ migrations: [FeedAssets1763900004500, FeedCandidates1763900009100] });
