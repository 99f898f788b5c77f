/** The national office is one CENTRAL tenant; every library organisation is a LIBRARY tenant. */
export enum TenantKind {
  CENTRAL = 'CENTRAL',
  LIBRARY = 'LIBRARY',
}

/** The twelve Dutch provinces. */
export enum Province {
  DRENTHE = 'DRENTHE',
  FLEVOLAND = 'FLEVOLAND',
  FRIESLAND = 'FRIESLAND',
  GELDERLAND = 'GELDERLAND',
  GRONINGEN = 'GRONINGEN',
  LIMBURG = 'LIMBURG',
  NOORD_BRABANT = 'NOORD_BRABANT',
  NOORD_HOLLAND = 'NOORD_HOLLAND',
  OVERIJSSEL = 'OVERIJSSEL',
  UTRECHT = 'UTRECHT',
  ZEELAND = 'ZEELAND',
  ZUID_HOLLAND = 'ZUID_HOLLAND',
}

/** Dutch names for display. */
export const PROVINCE_LABELS: Record<Province, string> = {
  DRENTHE: 'Drenthe',
  FLEVOLAND: 'Flevoland',
  FRIESLAND: 'Friesland',
  GELDERLAND: 'Gelderland',
  GRONINGEN: 'Groningen',
  LIMBURG: 'Limburg',
  NOORD_BRABANT: 'Noord-Brabant',
  NOORD_HOLLAND: 'Noord-Holland',
  OVERIJSSEL: 'Overijssel',
  UTRECHT: 'Utrecht',
  ZEELAND: 'Zeeland',
  ZUID_HOLLAND: 'Zuid-Holland',
};

/** Social channels a library is active on and posts are written for. */
export enum Channel {
  FACEBOOK = 'FACEBOOK',
  INSTAGRAM = 'INSTAGRAM',
  X = 'X',
  LINKEDIN = 'LINKEDIN',
  GENERIC = 'GENERIC',
}

/** What a machine client's API key may do. */
export enum ApiScope {
  FEED_READ = 'feed:read',
  SUBMISSIONS_WRITE = 'submissions:write',
  USAGE_WRITE = 'usage:write',
}
