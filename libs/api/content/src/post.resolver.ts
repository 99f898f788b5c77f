import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CENTRAL_ROLES, Role } from '@bibliohub/contracts';
import { Access, CurrentActor, type Actor, type Page } from '@bibliohub/api-core';
import {
  CalendarArgs,
  CreatePostInput,
  PostsArgs,
  RestoreRevisionArgs,
  ScheduleArgs,
  UpdatePostInput,
  VersionArgs,
  WithdrawArgs,
} from './dto/post.input.js';
import {
  CalendarEntryType,
  PostConnection,
  PostPreviewType,
  PostRevisionType,
  PostType,
} from './dto/post.type.js';
import { PostService } from './post.service.js';

const EDITORS = { roles: [Role.CENTRAL_EDITOR, Role.CENTRAL_ADMIN] };
const ID_ARG = { type: () => ID };

@Resolver(() => PostType)
export class PostResolver {
  constructor(private readonly service: PostService) {}

  @Query(() => PostConnection, { description: 'Search and filter posts; libraries see published posts only' })
  posts(@CurrentActor() actor: Actor, @Args() args: PostsArgs): Promise<Page<PostType>> {
    return this.service.list(actor, args);
  }

  @Query(() => PostType)
  post(@CurrentActor() actor: Actor, @Args('id', ID_ARG) id: string): Promise<PostType> {
    return this.service.get(actor, id);
  }

  @Query(() => PostPreviewType, { description: 'The post with placeholders filled in for one library' })
  previewPost(
    @CurrentActor() actor: Actor,
    @Args('id', ID_ARG) id: string,
    @Args('tenantId', ID_ARG) tenantId: string,
  ): Promise<PostPreviewType> {
    return this.service.preview(actor, id, tenantId);
  }

  @Query(() => CalendarEntryType, {
    description: 'Posts by suggested publish date, with the campaigns running then',
  })
  calendar(@CurrentActor() actor: Actor, @Args() args: CalendarArgs): Promise<CalendarEntryType> {
    return this.service.calendar(actor, args.from, args.until);
  }

  @Access({ roles: CENTRAL_ROLES })
  @Query(() => [PostRevisionType])
  postRevisions(@CurrentActor() actor: Actor, @Args('id', ID_ARG) id: string): Promise<PostRevisionType[]> {
    return this.service.revisions(actor, id);
  }

  @Access(EDITORS)
  @Mutation(() => PostType)
  createPost(@CurrentActor() actor: Actor, @Args('input') input: CreatePostInput): Promise<PostType> {
    return this.service.create(actor, input);
  }

  @Access(EDITORS)
  @Mutation(() => PostType, { description: 'Change content; pass the version you loaded' })
  updatePost(
    @CurrentActor() actor: Actor,
    @Args('id', ID_ARG) id: string,
    @Args('input') input: UpdatePostInput,
  ): Promise<PostType> {
    const { version, ...content } = input;
    return this.service.update(actor, id, version, content);
  }

  @Access(EDITORS)
  @Mutation(() => PostType)
  publishPost(@CurrentActor() actor: Actor, @Args() args: VersionArgs): Promise<PostType> {
    return this.service.publish(actor, args.id, args.version);
  }

  @Access(EDITORS)
  @Mutation(() => PostType, { description: 'Publish automatically at `at` (also after a restart)' })
  schedulePost(@CurrentActor() actor: Actor, @Args() args: ScheduleArgs): Promise<PostType> {
    return this.service.schedule(actor, args.id, args.version, args.at);
  }

  @Access(EDITORS)
  @Mutation(() => PostType)
  unschedulePost(@CurrentActor() actor: Actor, @Args() args: VersionArgs): Promise<PostType> {
    return this.service.unschedule(actor, args.id, args.version);
  }

  @Access(EDITORS)
  @Mutation(() => PostType, { description: 'Take a published post back; libraries see the reason' })
  withdrawPost(@CurrentActor() actor: Actor, @Args() args: WithdrawArgs): Promise<PostType> {
    return this.service.withdraw(actor, args.id, args.version, args.reason);
  }

  @Access(EDITORS)
  @Mutation(() => PostType)
  archivePost(@CurrentActor() actor: Actor, @Args() args: VersionArgs): Promise<PostType> {
    return this.service.archive(actor, args.id, args.version);
  }

  @Access(EDITORS)
  @Mutation(() => PostType, { description: 'Bring an archived post back as a draft' })
  restorePostToDraft(@CurrentActor() actor: Actor, @Args() args: VersionArgs): Promise<PostType> {
    return this.service.restoreToDraft(actor, args.id, args.version);
  }

  @Access(EDITORS)
  @Mutation(() => PostType, { description: 'Copy a post into a new draft' })
  duplicatePost(@CurrentActor() actor: Actor, @Args('id', ID_ARG) id: string): Promise<PostType> {
    return this.service.duplicate(actor, id);
  }

  @Access(EDITORS)
  @Mutation(() => PostType, { description: 'Bring back the content of an earlier revision' })
  restorePostRevision(@CurrentActor() actor: Actor, @Args() args: RestoreRevisionArgs): Promise<PostType> {
    return this.service.restoreRevision(actor, args.id, args.version, args.revision);
  }
}
