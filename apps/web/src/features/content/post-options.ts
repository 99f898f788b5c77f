import type { Goal, Language, PostStatus, SubmissionStatus, TargetGroup } from '../../gql/graphql';
import type { BadgeTone } from '../../ui/status';

// Records, so that a value added to the schema fails the typecheck until it is offered here.
const GOAL: Record<Goal, true> = { MARKETING: true, KLANTENBINDING: true, NETWERKEN: true };
const TARGET_GROUP: Record<TargetGroup, true> = {
  JEUGD: true,
  JONGEREN: true,
  VOLWASSENEN: true,
  SENIOREN: true,
  STUDENTEN: true,
  LAAGGELETTERDEN: true,
  OUDERS: true,
};
const LANGUAGE: Record<Language, true> = { NL: true, EN: true, FY: true };

export const GOALS = Object.keys(GOAL) as Goal[];
export const TARGET_GROUPS = Object.keys(TARGET_GROUP) as TargetGroup[];
export const LANGUAGES = Object.keys(LANGUAGE) as Language[];

export const POST_STATUS_TONE: Record<PostStatus, BadgeTone> = {
  DRAFT: 'neutral',
  SCHEDULED: 'info',
  PUBLISHED: 'success',
  WITHDRAWN: 'danger',
  ARCHIVED: 'neutral',
};
export const POST_STATUSES = Object.keys(POST_STATUS_TONE) as PostStatus[];

export const SUBMISSION_STATUS_TONE: Record<SubmissionStatus, BadgeTone> = {
  DRAFT: 'neutral',
  SUBMITTED: 'info',
  IN_REVIEW: 'info',
  CHANGES_REQUESTED: 'warning',
  REJECTED: 'danger',
  APPROVED: 'success',
  REPUBLISHED: 'success',
};
export const SUBMISSION_STATUSES = Object.keys(SUBMISSION_STATUS_TONE) as SubmissionStatus[];

/** Is `value` one of `allowed`? Narrows a string from the address bar to an enum value. */
export function oneOf<V extends string>(allowed: readonly V[], value: string): V | null {
  return (allowed as readonly string[]).includes(value) ? (value as V) : null;
}
