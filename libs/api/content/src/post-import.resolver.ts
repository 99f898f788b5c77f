import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Access, CurrentActor, PageArgs, type Actor, type Page } from '@bibliohub/api-core';
import { PostImportConnection, PostImportType } from './dto/post-import.type.js';
import { IMPORTERS } from './post-import.controller.js';
import { PostImportWebService } from './post-import-web.service.js';

@Resolver(() => PostImportType)
export class PostImportResolver {
  constructor(private readonly imports: PostImportWebService) {}

  @Access(IMPORTERS)
  @Query(() => PostImportType, { description: 'A bulk import uploaded in the web app, with its progress' })
  postImport(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<PostImportType> {
    return this.imports.get(actor, id);
  }

  @Access(IMPORTERS)
  @Query(() => PostImportConnection, { description: 'Bulk imports of the central tenant, newest first' })
  postImports(@CurrentActor() actor: Actor, @Args() args: PageArgs): Promise<Page<PostImportType>> {
    return this.imports.list(actor, args);
  }
}
