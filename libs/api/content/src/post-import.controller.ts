import { Controller, HttpCode, Put, Query, Req } from '@nestjs/common';
import type { Request } from 'express';
import { Role } from '@bibliohub/contracts';
import { Access, CurrentActor, type Actor } from '@bibliohub/api-core';
import type { PostImportType } from './dto/post-import.type.js';
import { PostImportWebService } from './post-import-web.service.js';

export const IMPORTERS = { roles: [Role.CENTRAL_EDITOR, Role.CENTRAL_ADMIN] };

/** The web app's bulk import: the file as the raw request body, streamed to S3 and imported by a job. */
@Controller('files/imports')
export class PostImportController {
  constructor(private readonly imports: PostImportWebService) {}

  /** `PUT /files/imports/posts?format=jsonl|csv&dryRun=true|false&filename=posts.jsonl` */
  @Put('posts')
  @HttpCode(201)
  @Access(IMPORTERS)
  upload(
    @CurrentActor() actor: Actor,
    @Query() query: Record<string, unknown>,
    @Req() req: Request,
  ): Promise<PostImportType> {
    return this.imports.receive(actor, query, req);
  }
}
