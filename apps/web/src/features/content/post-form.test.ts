import { describe, expect, it } from 'vitest';
import { EMPTY_POST, countVariant, parseHashtags, postInput, variantsValues } from './post-form';

const variant = (
  text: string,
  more: Partial<{ hashtags: string; link: string; callToAction: string }> = {},
) => ({
  text,
  hashtags: '',
  link: '',
  callToAction: '',
  ...more,
});

describe('post form', () => {
  it('counts like the API: composed, placeholders at their reserved length, X weighing links', () => {
    // X: a link weighs 23; {{bibliotheek.naam}} reserves 40.
    expect(
      countVariant('X', variant('Lees mee!', { link: 'https://www.bibliotheek.nl/a/very/long/path' })).length,
    ).toBe(9 + 2 + 23);
    expect(countVariant('X', variant('Kom naar {{bibliotheek.naam}}')).length).toBe(9 + 40);
    expect(countVariant('INSTAGRAM', variant('📚 lezen', { hashtags: '#a b' })).length).toBe(
      '📚 lezen\n\n#a #b'.length - 1,
    );
    const long = countVariant('X', variant('x'.repeat(281)));
    expect(long).toMatchObject({ length: 281, max: 280, over: true });
    const tags = Array.from({ length: 31 }, (_, i) => `#t${i}`).join(' ');
    expect(countVariant('INSTAGRAM', variant('Hoi', { hashtags: tags }))).toMatchObject({
      hashtags: 31,
      over: true,
    });
  });

  it('sends only channels with a text, hashtags without #, empty fields as null', () => {
    const input = postInput({
      ...EMPTY_POST,
      title: '  Boekenweek  ',
      body: 'Tekst',
      tags: 'lezen, , boeken',
      variants: {
        ...EMPTY_POST.variants,
        X: variant('Kort', { hashtags: '#Boekenweek, lezen' }),
        FACEBOOK: variant('  '),
      },
    });
    expect(input).toMatchObject({
      title: 'Boekenweek',
      themeId: null,
      goal: null,
      tags: ['lezen', 'boeken'],
      availableFrom: null,
      availableUntil: null,
      suggestedPublishAt: null,
      variants: [
        { channel: 'X', text: 'Kort', hashtags: ['Boekenweek', 'lezen'], link: null, callToAction: null },
      ],
    });
    expect(parseHashtags('##a  #b,c')).toEqual(['a', 'b', 'c']);
  });

  it('reads variants per channel into form values', () => {
    const values = variantsValues([
      {
        channel: 'INSTAGRAM',
        text: 'Hoi',
        hashtags: ['lezen', '#bieb'],
        link: null,
        callToAction: 'Kom langs',
        length: 0,
        maxLength: 2200,
      },
    ]);
    expect(values.INSTAGRAM).toEqual({
      text: 'Hoi',
      hashtags: '#lezen #bieb',
      link: '',
      callToAction: 'Kom langs',
    });
    expect(values.X.text).toBe('');
  });
});
