import { Module } from '@nestjs/common';
import './content.schema.js';
import { PostImportController } from './post-import.controller.js';
import { PostImportResolver } from './post-import.resolver.js';
import { PostImportService } from './post-import.service.js';
import { PostImportWebService } from './post-import-web.service.js';
import { PostResolver } from './post.resolver.js';
import { PostScheduler } from './post-scheduler.service.js';
import { PostService } from './post.service.js';
import { ThemeResolver } from './theme.resolver.js';
import { ThemeService } from './theme.service.js';

/** The national content library: themes and campaigns, posts, the editorial workflow, the bulk import. */
@Module({
  controllers: [PostImportController],
  providers: [
    PostService,
    ThemeService,
    PostScheduler,
    PostImportService,
    PostImportWebService,
    PostResolver,
    PostImportResolver,
    ThemeResolver,
  ],
  exports: [PostService, ThemeService, PostScheduler, PostImportService, PostImportWebService],
})
export class ContentModule {}
