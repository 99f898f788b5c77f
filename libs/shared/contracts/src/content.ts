import { Channel } from './tenancy.js';

export enum PostStatus {
  DRAFT = 'DRAFT',
  SCHEDULED = 'SCHEDULED',
  PUBLISHED = 'PUBLISHED',
  WITHDRAWN = 'WITHDRAWN',
  ARCHIVED = 'ARCHIVED',
}

/** The three goals of the plan (DOMAIN.md): naamsbekendheid, klantenbinding, netwerken. */
export enum Goal {
  MARKETING = 'MARKETING',
  KLANTENBINDING = 'KLANTENBINDING',
  NETWERKEN = 'NETWERKEN',
}

export enum TargetGroup {
  JEUGD = 'JEUGD',
  JONGEREN = 'JONGEREN',
  VOLWASSENEN = 'VOLWASSENEN',
  SENIOREN = 'SENIOREN',
  STUDENTEN = 'STUDENTEN',
  LAAGGELETTERDEN = 'LAAGGELETTERDEN',
  OUDERS = 'OUDERS',
}

export enum Language {
  NL = 'NL',
  EN = 'EN',
  FY = 'FY',
}

export enum ThemeKind {
  THEME = 'THEME',
  CAMPAIGN = 'CAMPAIGN',
}

export enum PostSource {
  CENTRAL = 'CENTRAL',
  SUBMISSION = 'SUBMISSION',
}

/** Which transitions the editorial workflow allows (anything else answers CONFLICT). */
export const POST_TRANSITIONS: Record<PostStatus, readonly PostStatus[]> = {
  DRAFT: [PostStatus.SCHEDULED, PostStatus.PUBLISHED, PostStatus.ARCHIVED],
  SCHEDULED: [PostStatus.DRAFT, PostStatus.PUBLISHED, PostStatus.ARCHIVED],
  PUBLISHED: [PostStatus.WITHDRAWN, PostStatus.ARCHIVED],
  WITHDRAWN: [PostStatus.PUBLISHED, PostStatus.ARCHIVED],
  ARCHIVED: [PostStatus.DRAFT],
};

export interface ChannelRules {
  /** Longest message, counted the way the channel counts. */
  maxLength: number;
  maxHashtags?: number;
  label: string;
}

/** Real limits of each channel (2026). GENERIC is for websites and newsletters. */
export const CHANNEL_RULES: Record<Channel, ChannelRules> = {
  FACEBOOK: { maxLength: 63_206, label: 'Facebook' },
  INSTAGRAM: { maxLength: 2_200, maxHashtags: 30, label: 'Instagram' },
  X: { maxLength: 280, label: 'X' },
  LINKEDIN: { maxLength: 3_000, label: 'LinkedIn' },
  GENERIC: { maxLength: 10_000, label: 'Algemeen' },
};

/** X shortens every link to 23 characters (t.co). */
export const X_URL_LENGTH = 23;
const URL_PATTERN = /https?:\/\/[^\s]+|www\.[^\s]+/gi;
// twitter-text: these code point ranges weigh 1, everything else 2; an emoji sequence weighs 2.
const LIGHT_RANGES: [number, number][] = [
  [0, 4351],
  [8192, 8205],
  [8208, 8223],
  [8242, 8247],
];
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
const segmenter = new Intl.Segmenter('nl', { granularity: 'grapheme' });
// Text in which every character is a grapheme of its own and no emoji: Latin letters with their
// accents as single code points, and common punctuation (’ “ ” – …), but no CR (CRLF is one grapheme),
// combining marks, joiners, © ® ‼ ⁉ or anything beyond. Counted without the (slow) segmenter, with
// the same result; anything else takes the segmenter.
const SIMPLE =
  // eslint-disable-next-line no-control-regex -- control characters are graphemes of their own, too
  /^[\u0000-\u000C\u000E-\u00A8\u00AA-\u00AD\u00AF-\u02FF\u2010-\u2027\u2030-\u203B\u203D-\u2048\u204A-\u205E]*$/;
const xWeight = (cp: number) => (LIGHT_RANGES.some(([a, b]) => cp >= a && cp <= b) ? 1 : 2);

/** Counts a message as the channel does: X weighs characters and links; others count what a reader sees. */
export function countCharacters(text: string, channel: Channel): number {
  if (channel !== Channel.X) return SIMPLE.test(text) ? text.length : [...segmenter.segment(text)].length;
  let count = 0;
  const rest = text.replace(URL_PATTERN, () => {
    count += X_URL_LENGTH;
    return '';
  });
  if (SIMPLE.test(rest)) {
    for (let i = 0; i < rest.length; i++) count += xWeight(rest.charCodeAt(i));
    return count;
  }
  for (const { segment } of segmenter.segment(rest)) {
    if (EMOJI.test(segment)) {
      count += 2;
      continue;
    }
    for (const ch of segment) count += xWeight(ch.codePointAt(0)!);
  }
  return count;
}

export function countHashtags(text: string): number {
  return (text.match(/(^|\s)#[\p{L}\p{N}_]+/gu) ?? []).length;
}

export interface VariantParts {
  text: string;
  hashtags?: readonly string[];
  link?: string | null;
  callToAction?: string | null;
}

/** The message as it is posted: text, call to action, link, then the hashtags. */
export function composeVariant(v: VariantParts): string {
  const tags = (v.hashtags ?? []).map((h) => (h.startsWith('#') ? h : `#${h}`)).join(' ');
  return [v.text, v.callToAction, v.link, tags].filter((p) => p && p.trim()).join('\n\n');
}

export enum SubmissionStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  IN_REVIEW = 'IN_REVIEW',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
  REJECTED = 'REJECTED',
  APPROVED = 'APPROVED',
  REPUBLISHED = 'REPUBLISHED',
}

/** The review workflow of local submissions (anything else answers CONFLICT naming the current state). */
export const SUBMISSION_TRANSITIONS: Record<SubmissionStatus, readonly SubmissionStatus[]> = {
  DRAFT: [SubmissionStatus.SUBMITTED],
  SUBMITTED: [SubmissionStatus.IN_REVIEW],
  IN_REVIEW: [SubmissionStatus.CHANGES_REQUESTED, SubmissionStatus.REJECTED, SubmissionStatus.APPROVED],
  CHANGES_REQUESTED: [SubmissionStatus.SUBMITTED],
  REJECTED: [],
  APPROVED: [SubmissionStatus.REPUBLISHED],
  REPUBLISHED: [],
};
