import { Module } from '@nestjs/common';
import { AssetsModule } from '@bibliohub/api-assets';
import { ContentModule } from '@bibliohub/api-content';
import './submissions.schema.js';
import { SubmissionAssetService } from './submission-asset.service.js';
import { SubmissionResolver } from './submission.resolver.js';
import { SubmissionService } from './submission.service.js';

/** Local submissions (with the library's own uploads attached), their review, and republication. */
@Module({
  imports: [ContentModule, AssetsModule],
  providers: [SubmissionService, SubmissionAssetService, SubmissionResolver],
  exports: [SubmissionService],
})
export class SubmissionsModule {}
