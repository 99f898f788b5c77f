import { registerSchema } from '@bibliohub/api-core';
import { Submissions1763900005000 } from './migrations/1763900005000-submissions.migration.js';
import { SubmissionAssets1763900005100 } from './migrations/1763900005100-submission-assets.migration.js';
import { NotificationEntity } from './notification.entity.js';
import { SubmissionAssetEntity } from './submission-asset.entity.js';
import { SubmissionEventEntity } from './submission-event.entity.js';
import { SubmissionEntity } from './submission.entity.js';

registerSchema({
  entities: [SubmissionEntity, SubmissionEventEntity, NotificationEntity, SubmissionAssetEntity],
  migrations: [Submissions1763900005000, SubmissionAssets1763900005100],
});
