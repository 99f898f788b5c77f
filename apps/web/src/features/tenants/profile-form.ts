import type { Channel, Province, TenantFieldsFragment } from '../../gql/graphql';

export const CHANNELS: readonly Channel[] = ['INSTAGRAM', 'FACEBOOK', 'X', 'LINKEDIN', 'GENERIC'];
export const PROVINCES: readonly Province[] = [
  'DRENTHE',
  'FLEVOLAND',
  'FRIESLAND',
  'GELDERLAND',
  'GRONINGEN',
  'LIMBURG',
  'NOORD_BRABANT',
  'NOORD_HOLLAND',
  'OVERIJSSEL',
  'UTRECHT',
  'ZEELAND',
  'ZUID_HOLLAND',
];

export interface ChannelValues {
  channel: Channel;
  handle: string;
  url: string;
}

/** The profile that fills the placeholders in posts, as the form holds it (all strings). */
export interface ProfileValues {
  displayName: string;
  city: string;
  website: string;
  phone: string;
  openingHoursUrl: string;
  catalogueUrl: string;
  contactEmail: string;
  branchCount: string;
  channels: ChannelValues[];
}

/** Everything a central admin edits about a library. */
export interface TenantValues extends ProfileValues {
  name: string;
  slug: string;
  province: Province | '';
}

export const EMPTY_TENANT: TenantValues = {
  name: '',
  slug: '',
  province: '',
  displayName: '',
  city: '',
  website: '',
  phone: '',
  openingHoursUrl: '',
  catalogueUrl: '',
  contactEmail: '',
  branchCount: '1',
  channels: [],
};

export function tenantValues(t: TenantFieldsFragment): TenantValues {
  return {
    name: t.name,
    slug: t.slug,
    province: t.province ?? '',
    displayName: t.displayName ?? '',
    city: t.city ?? '',
    website: t.website ?? '',
    phone: t.phone ?? '',
    openingHoursUrl: t.openingHoursUrl ?? '',
    catalogueUrl: t.catalogueUrl ?? '',
    contactEmail: t.contactEmail ?? '',
    branchCount: String(t.branchCount),
    channels: t.channels.map((c) => ({ channel: c.channel, handle: c.handle, url: c.url ?? '' })),
  };
}

const orNull = (value: string): string | null => value.trim() || null;

/**
 * The profile part of a create or update input: empty fields clear the value (null); an empty
 * branch count is left out; channel rows without a handle are dropped.
 */
export function profileInput(values: ProfileValues) {
  const branches = values.branchCount.trim();
  return {
    displayName: orNull(values.displayName),
    city: orNull(values.city),
    website: orNull(values.website),
    phone: orNull(values.phone),
    openingHoursUrl: orNull(values.openingHoursUrl),
    catalogueUrl: orNull(values.catalogueUrl),
    contactEmail: orNull(values.contactEmail),
    ...(branches ? { branchCount: Number(branches) } : {}),
    channels: values.channels
      .filter((c) => c.handle.trim())
      .map((c) => ({ channel: c.channel, handle: c.handle.trim(), url: orNull(c.url) })),
  };
}

/** A slug suggestion from a name: "Bibliotheek Den Haag" → "bibliotheek-den-haag". */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}
