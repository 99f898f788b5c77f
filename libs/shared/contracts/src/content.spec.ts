import { Channel } from './tenancy.js';
import { composeVariant, countCharacters, countHashtags, X_URL_LENGTH } from './content.js';

describe('countCharacters', () => {
  it('counts plain Latin text one per character on every channel', () => {
    for (const channel of Object.values(Channel)) expect(countCharacters('Kom voorlezen!', channel)).toBe(14);
  });

  it('counts every link as 23 on X, whatever its length, and as typed elsewhere', () => {
    const url = 'https://www.bibliotheek.nl/boekenweek/2027/programma?utm_source=x';
    expect(countCharacters(`Lees mee ${url}`, Channel.X)).toBe(9 + X_URL_LENGTH);
    expect(countCharacters(`Lees mee ${url}`, Channel.LINKEDIN)).toBe(9 + url.length);
  });

  it('weighs emoji (also joined sequences and flags) as 2 on X and as 1 visible character elsewhere', () => {
    expect(countCharacters('📚', Channel.X)).toBe(2);
    expect(countCharacters('👨‍👩‍👧', Channel.X)).toBe(2);
    expect(countCharacters('🇳🇱', Channel.X)).toBe(2);
    expect(countCharacters('👨‍👩‍👧', Channel.INSTAGRAM)).toBe(1);
  });

  it('weighs CJK characters 2 on X and accented Latin 1', () => {
    expect(countCharacters('図書館', Channel.X)).toBe(6);
    expect(countCharacters('café één', Channel.X)).toBe(8);
  });
});

describe('countHashtags and composeVariant', () => {
  it('counts hashtags in the composed message', () => {
    const text = composeVariant({
      text: 'Boekenweek! #lezen',
      hashtags: ['boekenweek', '#bibliotheek'],
      link: 'https://x.nl',
      callToAction: 'Kom langs',
    });
    expect(text).toBe('Boekenweek! #lezen\n\nKom langs\n\nhttps://x.nl\n\n#boekenweek #bibliotheek');
    expect(countHashtags(text)).toBe(3);
    expect(countHashtags('geen#hashtag hier, wel #één')).toBe(1);
  });
});
