import { describe, expect, it } from 'vitest';
import {
  centralValue,
  fieldPaths,
  overrideInput,
  overrideValues,
  parseVariantPath,
  variantValues,
  type CentralPost,
} from './override-form';

const post: CentralPost = {
  title: 'Voorleesontbijt',
  body: 'Kom naar {{bibliotheek.naam}}.',
  variants: [
    {
      channel: 'INSTAGRAM',
      text: 'Voorlezen!',
      hashtags: ['voorlezen', 'bieb'],
      link: null,
      callToAction: 'Kom ook',
    },
    { channel: 'X', text: 'Voorlezen', hashtags: [], link: 'https://example.org', callToAction: null },
  ],
};

const override = (fields: { field: string; local: string | null }[]) => ({
  postId: 'p1',
  version: 3,
  updatedAt: null,
  upstreamChanges: [],
  fields: fields.map((f) => ({ ...f, upstream: null })),
});

describe('override form', () => {
  it('lists title, text and the fields of every channel the post has', () => {
    expect(fieldPaths(post)).toEqual([
      'title',
      'body',
      'variants.INSTAGRAM.text',
      'variants.INSTAGRAM.hashtags',
      'variants.INSTAGRAM.link',
      'variants.INSTAGRAM.callToAction',
      'variants.X.text',
      'variants.X.hashtags',
      'variants.X.link',
      'variants.X.callToAction',
    ]);
    expect(parseVariantPath('variants.X.link')).toEqual({ channel: 'X', field: 'link' });
    expect(parseVariantPath('title')).toBeNull();
    expect(parseVariantPath('variants.X.colour')).toBeNull();
  });

  it('starts from the library’s own values and the central ones elsewhere', () => {
    expect(centralValue(post, 'variants.INSTAGRAM.hashtags')).toBe('#voorlezen #bieb');
    expect(centralValue(post, 'variants.INSTAGRAM.link')).toBe('');
    const values = overrideValues(post, override([{ field: 'title', local: 'Ons voorleesontbijt' }]));
    expect(values['title']).toBe('Ons voorleesontbijt');
    expect(values['body']).toBe(post.body);
    expect(variantValues(values, 'X')).toEqual({
      text: 'Voorlezen',
      hashtags: '',
      link: 'https://example.org',
      callToAction: '',
    });
  });

  it('sends only the changed fields, per channel, with the version', () => {
    const initial = overrideValues(post, override([]));
    expect(overrideInput(post, initial, initial, 0)).toBeNull();
    const values = {
      ...initial,
      title: ' Ons ontbijt ',
      'variants.INSTAGRAM.hashtags': '#lezen, delft',
      'variants.X.link': '  ',
      'variants.X.text': 'Voorlezen in Delft',
    };
    expect(overrideInput(post, initial, values, 4)).toEqual({
      version: 4,
      title: 'Ons ontbijt',
      variants: [
        { channel: 'INSTAGRAM', hashtags: ['lezen', 'delft'] },
        { channel: 'X', text: 'Voorlezen in Delft', link: null },
      ],
    });
  });
});
