import type { INestApplicationContext } from '@nestjs/common';
import { ApiScope, Channel, Province, Role, TenantKind } from '@bibliohub/contracts';
import { TenantDb } from '@bibliohub/api-core';
import { ApiKeyService, TenantEntity, TenantService, UserService } from '@bibliohub/api-identity';
import { seedDemoContent } from './seed-content.js';
import { seedDemoProgramme } from './seed-programme.js';

/** The one demo password; demo data is never created when NODE_ENV=production. */
export const DEMO_PASSWORD = 'BiblioHub-demo-2026!';

interface DemoLibrary {
  name: string;
  slug: string;
  province: Province;
  city: string;
  website: string;
  branchCount: number;
  instagram: string;
}

const LIBRARIES: DemoLibrary[] = [
  {
    name: 'Bibliotheek Delft',
    slug: 'delft',
    province: Province.ZUID_HOLLAND,
    city: 'Delft',
    website: 'https://www.dok.info',
    branchCount: 4,
    instagram: '@bibliotheekdelft',
  },
  {
    name: 'OBA Amsterdam',
    slug: 'oba-amsterdam',
    province: Province.NOORD_HOLLAND,
    city: 'Amsterdam',
    website: 'https://www.oba.nl',
    branchCount: 27,
    instagram: '@obamsterdam',
  },
  {
    name: 'Bibliotheek Utrecht',
    slug: 'utrecht',
    province: Province.UTRECHT,
    city: 'Utrecht',
    website: 'https://www.bibliotheekutrecht.nl',
    branchCount: 12,
    instagram: '@bibliotheekutrecht',
  },
  {
    name: 'Biblionet Groningen',
    slug: 'groningen',
    province: Province.GRONINGEN,
    city: 'Groningen',
    website: 'https://www.biblionetgroningen.nl',
    branchCount: 30,
    instagram: '@biblionetgroningen',
  },
  {
    name: 'Bibliotheek Eindhoven',
    slug: 'eindhoven',
    province: Province.NOORD_BRABANT,
    city: 'Eindhoven',
    website: 'https://www.bibliotheekeindhoven.nl',
    branchCount: 8,
    instagram: '@bibliotheekeindhoven',
  },
  {
    name: 'Centre Céramique Maastricht',
    slug: 'maastricht',
    province: Province.LIMBURG,
    city: 'Maastricht',
    website: 'https://www.centreceramique.nl',
    branchCount: 3,
    instagram: '@centreceramique',
  },
  {
    name: 'Stadkamer Zwolle',
    slug: 'zwolle',
    province: Province.OVERIJSSEL,
    city: 'Zwolle',
    website: 'https://www.stadkamer.nl',
    branchCount: 5,
    instagram: '@stadkamer',
  },
  {
    name: 'Rozet Arnhem',
    slug: 'arnhem',
    province: Province.GELDERLAND,
    city: 'Arnhem',
    website: 'https://www.rozet.nl',
    branchCount: 6,
    instagram: '@rozetarnhem',
  },
  {
    name: 'DOK Leeuwarden',
    slug: 'leeuwarden',
    province: Province.FRIESLAND,
    city: 'Leeuwarden',
    website: 'https://www.dbieb.nl',
    branchCount: 9,
    instagram: '@dbieb',
  },
  {
    name: 'Bibliotheek Assen',
    slug: 'assen',
    province: Province.DRENTHE,
    city: 'Assen',
    website: 'https://www.bibliotheekassen.nl',
    branchCount: 2,
    instagram: '@bibliotheekassen',
  },
  {
    name: 'De Nieuwe Bibliotheek Almere',
    slug: 'almere',
    province: Province.FLEVOLAND,
    city: 'Almere',
    website: 'https://www.denieuwebibliotheek.nl',
    branchCount: 5,
    instagram: '@denieuwebibliotheek',
  },
  {
    name: 'Zeeuwse Bibliotheek Middelburg',
    slug: 'middelburg',
    province: Province.ZEELAND,
    city: 'Middelburg',
    website: 'https://www.zeeuwsebibliotheek.nl',
    branchCount: 7,
    instagram: '@zeeuwsebibliotheek',
  },
];

export interface SeedLogin {
  email: string;
  role: Role;
  tenant: string;
}

export interface SeedResult {
  seeded: boolean;
  password?: string;
  logins: SeedLogin[];
  apiKey?: { tenant: string; key: string; scopes: ApiScope[] };
  /** Themes and campaigns, and posts (with their revisions and audit entries). */
  content?: { themes: number; posts: number };
}

/**
 * Demo data for a new hub: the national office, a dozen libraries across the provinces, one user
 * per role, a library API key, and the national campaigns with a few dozen posts written by the
 * central editor. Runs only against an empty database, so it never overwrites.
 */
export async function seedDemoData(app: INestApplicationContext): Promise<SeedResult> {
  const existing = await app.get(TenantDb).system((db) => db.count(TenantEntity));
  if (existing > 0) return { seeded: false, logins: [] };

  const tenants = app.get(TenantService);
  const users = app.get(UserService);
  const central = await tenants.create(
    null,
    {
      name: 'Bibliotheek.nl – Landelijk bureau',
      slug: 'landelijk',
      province: Province.ZUID_HOLLAND,
      city: 'Den Haag',
      website: 'https://www.bibliotheek.nl',
      contactEmail: 'redactie@bibliotheek.nl',
    },
    TenantKind.CENTRAL,
  );
  const logins: SeedLogin[] = [];
  const addUser = async (tenantId: string, tenant: string, email: string, name: string, role: Role) => {
    const user = await users.create(null, { tenantId, email, name, role, password: DEMO_PASSWORD });
    logins.push({ email, role, tenant });
    return user;
  };
  await addUser(central.id, central.name, 'admin@bibliotheek.nl', 'Anne de Beheerder', Role.CENTRAL_ADMIN);
  const editor = await addUser(
    central.id,
    central.name,
    'redacteur@bibliotheek.nl',
    'Ruben Redacteur',
    Role.CENTRAL_EDITOR,
  );
  await addUser(
    central.id,
    central.name,
    'programma@bibliotheek.nl',
    'Pien Programma',
    Role.PROGRAMME_VIEWER,
  );

  const libraries = [];
  for (const lib of LIBRARIES) {
    libraries.push(
      await tenants.create(null, {
        name: lib.name,
        slug: lib.slug,
        province: lib.province,
        city: lib.city,
        website: lib.website,
        branchCount: lib.branchCount,
        displayName: lib.name,
        contactEmail: `info@${lib.slug}.bibliotheek.nl`,
        openingHoursUrl: `${lib.website}/openingstijden`,
        catalogueUrl: `${lib.website}/catalogus`,
        channels: [
          { channel: Channel.INSTAGRAM, handle: lib.instagram },
          { channel: Channel.FACEBOOK, handle: lib.name },
        ],
      }),
    );
  }
  const delft = libraries[0];
  await addUser(delft.id, delft.name, 'beheer@bibliotheekdelft.nl', 'Daan Beheer', Role.LIBRARY_ADMIN);
  await addUser(delft.id, delft.name, 'redactie@bibliotheekdelft.nl', 'Sanne Social', Role.LIBRARY_EDITOR);
  const oba = libraries[1];
  await addUser(oba.id, oba.name, 'beheer@oba.nl', 'Omar Beheer', Role.LIBRARY_ADMIN);

  const scopes = [ApiScope.FEED_READ, ApiScope.USAGE_WRITE, ApiScope.SUBMISSIONS_WRITE];
  const { key } = await app
    .get(ApiKeyService)
    .create(null, { tenantId: delft.id, name: 'Website (demo)', scopes });
  const content = await seedDemoContent(app, {
    kind: 'USER',
    id: editor.id,
    tenantId: central.id,
    tenantKind: TenantKind.CENTRAL,
    role: Role.CENTRAL_EDITOR,
    scopes: [],
  });
  // Programme evidence, reviews and phase history over the last 18 months (see seed-programme.ts).
  await seedDemoProgramme(app, { centralId: central.id, reviewerId: editor.id, libraries });
  return {
    seeded: true,
    password: DEMO_PASSWORD,
    logins,
    apiKey: { tenant: delft.name, key, scopes },
    content,
  };
}

/** Human-readable summary for the start banner and `cli seed`. */
export function describeSeed(result: SeedResult): string {
  if (!result.seeded) return '  Demo-gegevens: database bevat al gegevens, niets toegevoegd.';
  return [
    '  Demo-gegevens aangemaakt. Inloggen met wachtwoord ' + result.password + ' als:',
    ...result.logins.map((l) => `    ${l.email.padEnd(32)} ${l.role.padEnd(17)} ${l.tenant}`),
    `  API-sleutel (${result.apiKey!.tenant}, ${result.apiKey!.scopes.join(' ')}; alleen nu getoond):`,
    `    ${result.apiKey!.key}`,
    ...(result.content
      ? [`  Inhoud: ${result.content.themes} thema's en campagnes, ${result.content.posts} berichten.`]
      : []),
  ].join('\n');
}
