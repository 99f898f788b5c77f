/** The library profile a post is personalised with (a subset of the tenant). */
export interface PlaceholderProfile {
  name: string;
  displayName?: string | null;
  city?: string | null;
  website?: string | null;
  openingHoursUrl?: string | null;
  catalogueUrl?: string | null;
  phone?: string | null;
  contactEmail?: string | null;
}

export interface PlaceholderDefinition {
  /** Written in text as `{{key}}`. */
  key: string;
  label: string;
  value: (p: PlaceholderProfile) => string | null | undefined;
  /** Used when the library has not filled the field in, so no raw `{{…}}` ever reaches the public. */
  fallback: string;
  /** Room reserved when checking a channel's length limit before the library is known. */
  reserve: number;
  /** The value is a link (X counts every link as 23 characters). */
  url?: boolean;
}

export const PLACEHOLDERS: readonly PlaceholderDefinition[] = [
  {
    key: 'bibliotheek.naam',
    label: 'Naam van de bibliotheek',
    value: (p) => p.displayName || p.name,
    fallback: 'de bibliotheek',
    reserve: 40,
  },
  { key: 'bibliotheek.plaats', label: 'Plaats', value: (p) => p.city, fallback: 'jouw buurt', reserve: 30 },
  {
    key: 'bibliotheek.website',
    label: 'Website',
    value: (p) => p.website,
    fallback: 'https://www.bibliotheek.nl',
    reserve: 50,
    url: true,
  },
  {
    key: 'bibliotheek.openingstijden',
    label: 'Link naar openingstijden',
    value: (p) => p.openingHoursUrl || p.website,
    fallback: 'https://www.bibliotheek.nl',
    reserve: 60,
    url: true,
  },
  {
    key: 'bibliotheek.catalogus',
    label: 'Link naar de catalogus',
    value: (p) => p.catalogueUrl,
    fallback: 'https://www.bibliotheek.nl/catalogus',
    reserve: 60,
    url: true,
  },
  {
    key: 'bibliotheek.telefoon',
    label: 'Telefoonnummer',
    value: (p) => p.phone,
    fallback: 'de bibliotheek',
    reserve: 20,
  },
  {
    key: 'bibliotheek.email',
    label: 'E-mailadres',
    value: (p) => p.contactEmail,
    fallback: 'de bibliotheek',
    reserve: 50,
  },
];

const BY_KEY = new Map(PLACEHOLDERS.map((p) => [p.key, p]));
const TOKEN = /\{\{\s*([^{}]*?)\s*\}\}/g;

export interface PlaceholderProblem {
  token: string;
  reason: 'UNKNOWN' | 'MALFORMED';
}

/** Every unknown or malformed placeholder in a text (unbalanced braces count as malformed). */
export function findPlaceholderProblems(text: string): PlaceholderProblem[] {
  const problems: PlaceholderProblem[] = [];
  for (const match of text.matchAll(TOKEN)) {
    if (!BY_KEY.has(match[1]))
      problems.push({
        token: match[0],
        reason: /^[a-z]+(\.[a-z]+)+$/.test(match[1]) ? 'UNKNOWN' : 'MALFORMED',
      });
  }
  const rest = text.replace(TOKEN, '');
  // Only look for stray braces when there are any: the pattern takes quadratic time on long texts.
  if (rest.includes('{{') || rest.includes('}}')) {
    const stray = /\{\{[^}]*|[^{]*\}\}/.exec(rest);
    if (stray) problems.push({ token: stray[0].trim().slice(0, 40), reason: 'MALFORMED' });
  }
  return problems;
}

/** Fills every placeholder from the profile, with its fallback where the profile has no value. */
export function renderPlaceholders(text: string, profile: PlaceholderProfile): string {
  return text.replace(TOKEN, (token, key: string) => {
    const def = BY_KEY.get(key);
    if (!def) return token;
    return def.value(profile)?.trim() || def.fallback;
  });
}

/** The text with each placeholder replaced by a stand-in of its reserved length, for limit checks. */
export function withReservedLengths(text: string): string {
  return text.replace(TOKEN, (token, key: string) => {
    const def = BY_KEY.get(key);
    if (!def) return token;
    return def.url ? `https://${'x'.repeat(def.reserve - 8)}` : 'x'.repeat(def.reserve);
  });
}
