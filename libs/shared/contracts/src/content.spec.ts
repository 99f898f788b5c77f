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

describe('countCharacters fast path', () => {
  // The reference: every text through the grapheme segmenter, as without the fast path.
  const segmenter = new Intl.Segmenter('nl', { granularity: 'grapheme' });
  const light = (cp: number) =>
    cp <= 4351 || (cp >= 8192 && cp <= 8205) || (cp >= 8208 && cp <= 8223) || (cp >= 8242 && cp <= 8247);
  const reference = (text: string, channel: Channel) => {
    if (channel !== Channel.X) return [...segmenter.segment(text)].length;
    let count = 0;
    const rest = text.replace(/https?:\/\/[^\s]+|www\.[^\s]+/gi, () => {
      count += X_URL_LENGTH;
      return '';
    });
    for (const { segment } of segmenter.segment(rest)) {
      if (/\p{Extended_Pictographic}|\p{Regional_Indicator}/u.test(segment)) count += 2;
      else for (const ch of segment) count += light(ch.codePointAt(0)!) ? 1 : 2;
    }
    return count;
  };
  const pieces = [
    'Kom',
    ' ',
    'één',
    'café',
    '’s',
    '“quote”',
    '–',
    '…',
    '©',
    '®',
    '‼',
    '\r\n',
    '\n',
    '\r',
    'e\u0301',
    '📚',
    '‰',
    '•',
    'https://bieb.nl/x',
    '\u200d',
    '図',
  ];

  it('gives the same counts as the segmenter on mixed texts', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let i = 0; i < 500; i++) {
      const text = Array.from({ length: 1 + (next() % 12) }, () => pieces[next() % pieces.length]).join('');
      for (const channel of Object.values(Channel))
        expect(countCharacters(text, channel)).toBe(reference(text, channel));
    }
  });
});
