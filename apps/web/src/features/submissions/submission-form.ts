import type { SubmissionFieldsFragment, SubmissionInput } from '../../gql/graphql';
import { contentInput, variantsValues, type ContentValues } from '../content/post-form';

export interface SubmissionValues extends ContentValues {
  localContext: string;
  mayShare: boolean;
  portraitConsent: boolean;
  rightsNote: string;
}

export const EMPTY_SUBMISSION: SubmissionValues = {
  title: '',
  body: '',
  themeId: '',
  goal: '',
  language: 'NL',
  targetGroups: [],
  variants: variantsValues([]),
  localContext: '',
  mayShare: false,
  portraitConsent: false,
  rightsNote: '',
};

export function submissionValues(s: SubmissionFieldsFragment): SubmissionValues {
  return {
    title: s.title,
    body: s.body,
    themeId: s.themeId ?? '',
    goal: s.goal ?? '',
    language: s.language,
    targetGroups: [...s.targetGroups],
    variants: variantsValues(s.variants),
    localContext: s.localContext ?? '',
    mayShare: s.mayShare,
    portraitConsent: s.portraitConsent,
    rightsNote: s.rightsNote ?? '',
  };
}

export function submissionInput(values: SubmissionValues): SubmissionInput {
  return {
    ...contentInput(values),
    localContext: values.localContext.trim() || null,
    mayShare: values.mayShare,
    portraitConsent: values.portraitConsent,
    rightsNote: values.rightsNote.trim() || null,
  };
}

/** Libraries may change a submission while it is a draft or after changes were asked. */
export const isEditable = (status: SubmissionFieldsFragment['status']) =>
  status === 'DRAFT' || status === 'CHANGES_REQUESTED';
