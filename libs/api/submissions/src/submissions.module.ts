import { Module } from '@nestjs/common';
import { ContentModule } from '@bibliohub/api-content';
import './submissions.schema.js';
import { SubmissionResolver } from './submission.resolver.js';
import { SubmissionService } from './submission.service.js';

/** Local submissions, their review, and republication to the network. */
@Module({
  imports: [ContentModule],
  providers: [SubmissionService, SubmissionResolver],
  exports: [SubmissionService],
})
export class SubmissionsModule {}
