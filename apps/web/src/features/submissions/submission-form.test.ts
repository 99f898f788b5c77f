import { describe, expect, it } from 'vitest';
import type { SubmissionFieldsFragment } from '../../gql/graphql';
import { EMPTY_SUBMISSION, submissionInput, submissionValues } from './submission-form';

const attachment = (id: string, altTextOverride: string | null) => ({
  position: 0,
  altText: altTextOverride ?? `Foto ${id}`,
  altTextOverride,
  centralAssetId: null,
  file: {
    number: 1,
    renditionsStatus: 'READY' as const,
    url: `/files/assets/${id}/original?version=1`,
    renditions: [{ rendition: 'THUMB' as const, url: `/files/assets/${id}/thumb?version=1` }],
  },
  asset: {
    id,
    title: `Foto ${id}`,
    kind: 'PHOTO' as const,
    altText: `Foto ${id}`,
    unusableReason: null,
    rights: { owner: null, creditLine: null, portraitConsent: false },
  },
});

describe('submission form', () => {
  it('sends the attached images in order, keeping an alt text set for the submission', () => {
    const input = submissionInput({
      ...EMPTY_SUBMISSION,
      title: ' Voorlezen ',
      body: 'Tekst',
      mayShare: true,
      assets: [
        { assetId: 'b', title: 'B', kind: 'PHOTO', altText: 'b', altTextOverride: null, thumb: null },
        {
          assetId: 'a',
          title: 'A',
          kind: 'PHOTO',
          altText: 'a',
          altTextOverride: 'Eigen tekst',
          thumb: null,
        },
      ],
    });
    expect(input.title).toBe('Voorlezen');
    expect(input.assets).toEqual([
      { assetId: 'b', altText: null },
      { assetId: 'a', altText: 'Eigen tekst' },
    ]);
    // No images is an empty list (detach all), never "leave as is".
    expect(submissionInput(EMPTY_SUBMISSION).assets).toEqual([]);
  });

  it('reads the attachments of a saved submission back into the form', () => {
    const values = submissionValues({
      title: 'T',
      body: 'B',
      themeId: null,
      goal: null,
      language: 'NL',
      targetGroups: [],
      variants: [],
      localContext: null,
      mayShare: true,
      portraitConsent: false,
      rightsNote: null,
      assets: [attachment('x', null), attachment('y', 'Anders')],
    } as unknown as SubmissionFieldsFragment);
    expect(values.assets).toEqual([
      {
        assetId: 'x',
        title: 'Foto x',
        kind: 'PHOTO',
        altText: 'Foto x',
        altTextOverride: null,
        thumb: '/files/assets/x/thumb?version=1',
      },
      {
        assetId: 'y',
        title: 'Foto y',
        kind: 'PHOTO',
        altText: 'Foto y',
        altTextOverride: 'Anders',
        thumb: '/files/assets/y/thumb?version=1',
      },
    ]);
    expect(submissionInput(values).assets).toEqual([
      { assetId: 'x', altText: null },
      { assetId: 'y', altText: 'Anders' },
    ]);
  });
});
