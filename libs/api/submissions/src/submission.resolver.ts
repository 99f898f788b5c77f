import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ApiScope, CENTRAL_ROLES, LIBRARY_ROLES, Role } from '@bibliohub/contracts';
import { Access, CurrentActor, type Actor, type Page } from '@bibliohub/api-core';
import {
  CreateSubmissionArgs,
  DecisionArgs,
  NotificationType,
  SetSubmissionAssetsArgs,
  SubmissionConnection,
  SubmissionFiguresType,
  SubmissionInput,
  SubmissionsArgs,
  SubmissionType,
} from './dto/submission.type.js';
import { SubmissionService } from './submission.service.js';

const LIBRARY_WRITE = { roles: LIBRARY_ROLES, scopes: [ApiScope.SUBMISSIONS_WRITE] };
const EDITORS = { roles: [Role.CENTRAL_EDITOR, Role.CENTRAL_ADMIN] };
const SIGNED_IN = { roles: [...CENTRAL_ROLES, ...LIBRARY_ROLES] };
const ID_ARG = { type: () => ID };

@Resolver(() => SubmissionType)
export class SubmissionResolver {
  constructor(private readonly service: SubmissionService) {}

  @Access({ ...SIGNED_IN, scopes: [ApiScope.SUBMISSIONS_WRITE] })
  @Query(() => SubmissionConnection, {
    description:
      'Libraries: your submissions, newest first. Editors: the review queue, longest waiting first',
  })
  submissions(@CurrentActor() actor: Actor, @Args() args: SubmissionsArgs): Promise<Page<SubmissionType>> {
    return this.service.list(actor, args);
  }

  @Access({ ...SIGNED_IN, scopes: [ApiScope.SUBMISSIONS_WRITE] })
  @Query(() => SubmissionType, { description: 'One submission with its timeline' })
  submission(@CurrentActor() actor: Actor, @Args('id', ID_ARG) id: string): Promise<SubmissionType> {
    return this.service.get(actor, id);
  }

  @Access(LIBRARY_WRITE)
  @Mutation(() => SubmissionType, {
    description:
      'Create a draft, or with submit: true create and submit it (safe to retry with an idempotencyKey)',
  })
  createSubmission(
    @CurrentActor() actor: Actor,
    @Args() args: CreateSubmissionArgs,
  ): Promise<SubmissionType> {
    return this.service.create(actor, args.input, args.submit, args.idempotencyKey);
  }

  @Access(LIBRARY_WRITE)
  @Mutation(() => SubmissionType, { description: 'Edit a draft or a submission that needs changes' })
  updateSubmission(
    @CurrentActor() actor: Actor,
    @Args('id', ID_ARG) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: SubmissionInput,
  ): Promise<SubmissionType> {
    return this.service.update(actor, id, version, input);
  }

  @Access(LIBRARY_WRITE)
  @Mutation(() => SubmissionType, {
    description:
      'Attach your own uploads to a draft or a submission that needs changes (replaces the list); pass the version you loaded',
  })
  setSubmissionAssets(
    @CurrentActor() actor: Actor,
    @Args() args: SetSubmissionAssetsArgs,
  ): Promise<SubmissionType> {
    return this.service.setAssets(actor, args.id, args.version, args.assets);
  }

  @Access(LIBRARY_WRITE)
  @Mutation(() => SubmissionType, { description: 'Submit a draft, or resubmit after requested changes' })
  submitSubmission(
    @CurrentActor() actor: Actor,
    @Args('id', ID_ARG) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<SubmissionType> {
    return this.service.submit(actor, id, version);
  }

  @Access(EDITORS)
  @Mutation(() => SubmissionType)
  startSubmissionReview(@CurrentActor() actor: Actor, @Args() args: DecisionArgs): Promise<SubmissionType> {
    return this.service.startReview(actor, args.id, args.version);
  }

  @Access(EDITORS)
  @Mutation(() => SubmissionType, { description: 'Ask the library for changes (comment required)' })
  requestSubmissionChanges(
    @CurrentActor() actor: Actor,
    @Args() args: DecisionArgs,
  ): Promise<SubmissionType> {
    return this.service.requestChanges(actor, args.id, args.version, args.comment);
  }

  @Access(EDITORS)
  @Mutation(() => SubmissionType, { description: 'Reject (reason required)' })
  rejectSubmission(@CurrentActor() actor: Actor, @Args() args: DecisionArgs): Promise<SubmissionType> {
    return this.service.reject(actor, args.id, args.version, args.comment);
  }

  @Access(EDITORS)
  @Mutation(() => SubmissionType, {
    description: 'Approve: creates a central draft post credited to the library',
  })
  approveSubmission(@CurrentActor() actor: Actor, @Args() args: DecisionArgs): Promise<SubmissionType> {
    return this.service.approve(actor, args.id, args.version, args.comment);
  }

  @Access(EDITORS)
  @Mutation(() => SubmissionType)
  assignSubmission(
    @CurrentActor() actor: Actor,
    @Args('id', ID_ARG) id: string,
    @Args('reviewerId', { type: () => ID, nullable: true }) reviewerId: string | null,
  ): Promise<SubmissionType> {
    return this.service.assign(actor, id, reviewerId);
  }

  @Access({ roles: [Role.CENTRAL_EDITOR, Role.CENTRAL_ADMIN, ...LIBRARY_ROLES] })
  @Mutation(() => SubmissionType, { description: 'Add a comment to the timeline' })
  commentOnSubmission(
    @CurrentActor() actor: Actor,
    @Args('id', ID_ARG) id: string,
    @Args('comment') comment: string,
  ): Promise<SubmissionType> {
    return this.service.comment(actor, id, comment);
  }

  @Access(SIGNED_IN)
  @Query(() => [NotificationType], { description: 'Your tenant’s notifications, newest first' })
  notifications(
    @CurrentActor() actor: Actor,
    @Args('unreadOnly', { defaultValue: false }) unreadOnly: boolean,
  ): Promise<NotificationType[]> {
    return this.service.notifications(actor, unreadOnly);
  }

  @Access(SIGNED_IN)
  @Mutation(() => Int, { description: 'Mark notifications read (all when ids is omitted); returns how many' })
  markNotificationsRead(
    @CurrentActor() actor: Actor,
    @Args('ids', { type: () => [ID], nullable: true }) ids: string[] | null,
  ): Promise<number> {
    return this.service.markNotificationsRead(actor, ids);
  }

  @Access({ roles: CENTRAL_ROLES })
  @Query(() => SubmissionFiguresType, { description: 'Submission figures for the dashboard' })
  submissionFigures(
    @CurrentActor() actor: Actor,
    @Args('from') from: Date,
    @Args('until') until: Date,
  ): Promise<SubmissionFiguresType> {
    return this.service.figures(actor, from, until);
  }
}
