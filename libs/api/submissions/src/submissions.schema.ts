import { registerSchema } from '@bibliohub/api-core';
import { Submissions1763900005000 } from './migrations/1763900005000-submissions.migration.js';
import { NotificationEntity } from './notification.entity.js';
import { SubmissionEventEntity } from './submission-event.entity.js';
import { SubmissionEntity } from './submission.entity.js';

registerSchema({
  entities: [SubmissionEntity, SubmissionEventEntity, NotificationEntity],
  migrations: [Submissions1763900005000],
});
