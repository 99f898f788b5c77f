import type { SubmissionFieldsFragment, SubmissionInput } from '../../gql/graphql';
import { contentInput, variantsValues, type ContentValues } from '../content/post-form';

/** An attached image as the form holds it (one of the library's own uploads). */
export interface SubmissionImage {
  assetId: string;
  title: string;
  kind: string;
  /** The asset's alt text. */
  altText: string;
  /** Alt text set for this submission only (kept as it is; the form does not edit it). */
  altTextOverride: string | null;
  thumb: string | null | undefined;
}

export interface SubmissionValues extends ContentValues {
  localContext: string;
  mayShare: boolean;
  portraitConsent: boolean;
  rightsNote: string;
  assets: SubmissionImage[];
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
  assets: [],
};

/** The thumbnail of the attached file (the one submitted, see SubmissionAsset.file), once made. */
export const attachedThumb = (a: SubmissionFieldsFragment['assets'][number]) =>
  a.file.renditions.find((r) => r.rendition === 'THUMB')?.url ?? null;

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
    assets: s.assets.map((a) => ({
      assetId: a.asset.id,
      title: a.asset.title,
      kind: a.asset.kind,
      altText: a.asset.altText ?? '',
      altTextOverride: a.altTextOverride ?? null,
      thumb: attachedThumb(a),
    })),
  };
}

export function submissionInput(values: SubmissionValues): SubmissionInput {
  return {
    ...contentInput(values),
    localContext: values.localContext.trim() || null,
    mayShare: values.mayShare,
    portraitConsent: values.portraitConsent,
    rightsNote: values.rightsNote.trim() || null,
    // The whole list, in order: it replaces what was attached.
    assets: values.assets.map((a) => ({ assetId: a.assetId, altText: a.altTextOverride })),
  };
}

/** Libraries may change a submission while it is a draft or after changes were asked. */
export const isEditable = (status: SubmissionFieldsFragment['status']) =>
  status === 'DRAFT' || status === 'CHANGES_REQUESTED';
