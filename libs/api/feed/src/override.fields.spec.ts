import { Channel } from '@bibliohub/contracts';
import {
  applyOverrides,
  displayValue,
  parsePath,
  sortPaths,
  upstreamChanges,
  upstreamValue,
  type OverridableContent,
} from './override.fields.js';

const post: OverridableContent = {
  title: 'Centraal',
  body: 'Tekst',
  variants: {
    [Channel.X]: { text: 'X-tekst', hashtags: ['lezen'], link: null, callToAction: null },
    [Channel.FACEBOOK]: { text: 'FB', hashtags: [], link: 'https://www.bibliotheek.nl', callToAction: 'Kom' },
  },
};

describe('override field paths', () => {
  it('parses title, body, variant fields and whole variants, and nothing else', () => {
    expect(parsePath('title')).toEqual({ kind: 'title' });
    expect(parsePath('variants.X.hashtags')).toEqual({ kind: 'variant', channel: 'X', key: 'hashtags' });
    expect(parsePath('variants.LINKEDIN')).toEqual({ kind: 'channel', channel: 'LINKEDIN' });
    for (const bad of [
      '',
      'tags',
      'variants',
      'variants.TIKTOK.text',
      'variants.X.length',
      'variants.X.text.y',
    ])
      expect(parsePath(bad)).toBeNull();
  });

  it('reads upstream values, null for a variant the post does not have', () => {
    expect(upstreamValue(post, 'body')).toBe('Tekst');
    expect(upstreamValue(post, 'variants.X.hashtags')).toEqual(['lezen']);
    expect(upstreamValue(post, 'variants.INSTAGRAM.text')).toBeNull();
  });

  it('sorts paths as the post reads: title, body, then channels and their fields', () => {
    expect(
      sortPaths(['variants.X.text', 'body', 'variants.FACEBOOK.link', 'title', 'variants.FACEBOOK.text']),
    ).toEqual(['title', 'body', 'variants.FACEBOOK.text', 'variants.FACEBOOK.link', 'variants.X.text']);
  });
});

describe('applying overrides', () => {
  it('replaces only the overridden fields and leaves the post itself untouched', () => {
    const copy = applyOverrides(post, {
      title: 'Eigen',
      'variants.FACEBOOK.link': null,
      'variants.X.hashtags': [],
    });
    expect(copy.title).toBe('Eigen');
    expect(copy.body).toBe('Tekst');
    expect(copy.variants.FACEBOOK).toEqual({ text: 'FB', hashtags: [], link: null, callToAction: 'Kom' });
    expect(copy.variants.X?.hashtags).toEqual([]);
    expect(post.variants.X?.hashtags).toEqual(['lezen']);
    expect(post.title).toBe('Centraal');
  });

  it('does not bring back a variant the post no longer has', () => {
    expect(applyOverrides(post, { 'variants.INSTAGRAM.text': 'Insta' }).variants.INSTAGRAM).toBeUndefined();
  });
});

describe('upstream changes', () => {
  it('lists overridden fields whose central value moved away from the base', () => {
    const fields = {
      title: 'Eigen',
      body: 'Eigen tekst',
      'variants.X.text': 'Eigen X',
      'variants.LINKEDIN.text': 'L',
    };
    const base = {
      title: 'Oud',
      body: 'Tekst',
      'variants.X.text': 'X-tekst',
      'variants.LINKEDIN.text': 'L-oud',
    };
    expect(upstreamChanges(post, fields, base)).toEqual([
      { field: 'title', before: 'Oud', after: 'Centraal' },
      { field: 'variants.LINKEDIN.text', before: 'L-oud', after: null },
    ]);
    expect(upstreamChanges(post, null, null)).toEqual([]);
  });

  it('shows values as text: hashtags with #, rendered when asked', () => {
    expect(displayValue(['a', 'b'])).toBe('#a #b');
    expect(displayValue(null)).toBeNull();
    expect(displayValue('Hoi {{x}}', (t) => t.replace('{{x}}', 'Delft'))).toBe('Hoi Delft');
  });
});
