// Bulk data for bench/feed: set-based SQL as the owner role (session app.role = 'central', because
// FORCE ROW LEVEL SECURITY applies to the owner too). API keys are generated here in the format of
// ApiKeyService (`bh_<12 lowercase alnum>_<43 base64url>`, stored as prefix + sha256 hex of the secret).
import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';

const sha256Hex = (value) => createHash('sha256').update(value).digest('hex');

/** Same shape and alphabet as newApiKey() in libs/api/identity/src/tokens.ts. */
export function newApiKey() {
  const prefix = randomBytes(9)
    .toString('base64url')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '0')
    .slice(0, 12);
  const secret = randomBytes(32).toString('base64url');
  return { prefix, secret, key: `bh_${prefix}_${secret}` };
}

const THEMES = [
  ['CAMPAIGN', 'Kinderboekenweek', '2025-10-01', '2025-10-12'],
  ['CAMPAIGN', 'Nationale Voorleesdagen', '2026-01-21', '2026-01-31'],
  ['CAMPAIGN', 'Boekenweek', '2026-03-07', '2026-03-15'],
  ['CAMPAIGN', 'Week van de Alfabetisering', '2025-09-08', '2025-09-14'],
  ['CAMPAIGN', 'Poëzieweek', '2026-01-29', '2026-02-04'],
  ['CAMPAIGN', 'Week van het Geld', '2026-03-23', '2026-03-27'],
  ['CAMPAIGN', 'Maand van de Geschiedenis', '2025-10-01', '2025-10-31'],
  ['CAMPAIGN', 'Zomerlezen', '2026-07-01', '2026-08-31'],
  ['THEME', 'Digitale vaardigheden'],
  ['THEME', 'Leesbevordering'],
  ['THEME', 'Taal en integratie'],
  ['THEME', 'Informatievaardigheden'],
  ['THEME', 'Lokale cultuur'],
  ['THEME', 'Duurzaamheid'],
  ['THEME', 'Gezondheid en welzijn'],
  ['THEME', 'Muziek en film'],
  ['THEME', 'Erfgoed'],
  ['THEME', 'Makerspace'],
  ['THEME', 'Lidmaatschap'],
  ['THEME', 'Evenementen'],
];

const CITIES =
  `Amsterdam Rotterdam Den-Haag Utrecht Eindhoven Groningen Tilburg Almere Breda Nijmegen Apeldoorn
Haarlem Arnhem Enschede Amersfoort Zaanstad Den-Bosch Haarlemmermeer Zwolle Zoetermeer Leiden Maastricht Dordrecht
Ede Alphen Alkmaar Emmen Westland Delft Venlo Deventer Sittard Helmond Oss Hilversum Heerlen Leeuwarden Assen
Middelburg Lelystad Gouda Purmerend Schiedam Vlaardingen Roosendaal Bergen-op-Zoom Hoorn Almelo Hengelo Kampen
Harderwijk Terneuzen Vlissingen Goes Sneek Drachten Heerenveen Meppel Hoogeveen Doetinchem Zutphen Tiel Veenendaal
Woerden Nieuwegein Zeist Weert Roermond Venray Uden Veghel Waalwijk Oosterhout Etten-Leur Gorinchem Zaltbommel`
    .split(/\s+/)
    .map((c) => c.replace(/-/g, ' '));

const TITLES = [
  'Voorleesochtend bij {{bibliotheek.naam}}',
  'Nieuw in de collectie: spannende thrillers',
  'Gratis spreekuur Digitale Overheid in {{bibliotheek.plaats}}',
  'Word lid van {{bibliotheek.naam}} en lees onbeperkt',
  'Ontdek de mooiste kinderboeken',
  'Taalcafé: oefen je Nederlands in een gezellige groep',
  'De leesclub voor senioren start weer',
  'Huiswerkbegeleiding na schooltijd',
  'Maak kennis met e-books en luisterboeken',
  'BoekStart: voorlezen aan baby’s en peuters',
  'Lezing over de geschiedenis van {{bibliotheek.plaats}}',
  'Repair Café in de bibliotheek',
  'Kom samen lezen tijdens de voorleesdagen',
  'Schrijf je eigen gedicht',
  'Klik & Tik: leer omgaan met de computer',
  'Houd je leesniveau op peil in de zomer',
  'Verhalen uit de oorlog in {{bibliotheek.plaats}}',
  'Grip op je geld: gratis hulp bij formulieren',
  'Feest! {{bibliotheek.naam}} viert haar verjaardag',
  'Programmeren met robots in de makerspace',
  'Filmavond: de mooiste boekverfilmingen',
  'Samen sterker: taalmaatjes gezocht',
  'Veilig online: herken nepberichten',
  'Stilteplek om te studeren',
];
const SUBTITLES = [
  'aanmelden kan nu',
  'voor jong en oud',
  'gratis voor leden',
  'iedereen is welkom',
  'elke woensdagmiddag',
  'ook in het weekend',
  'met koffie en thee',
  'in alle vestigingen',
  'vol = vol',
  'nieuw dit seizoen',
  'samen met partners uit de buurt',
  'de eerste keer gratis',
];
const SENTENCES = [
  'Kom langs bij {{bibliotheek.naam}} en laat je verrassen door ons aanbod.',
  'Onze medewerkers helpen je graag op weg met vragen over de computer, je telefoon of DigiD.',
  'Kinderen tot achttien jaar lenen gratis boeken, tijdschriften en luisterboeken.',
  'Reserveer je plek via {{bibliotheek.website}} of vraag ernaar aan de balie.',
  'Bekijk de openingstijden op {{bibliotheek.openingstijden}} en plan je bezoek.',
  'Zoek je een titel? In de catalogus op {{bibliotheek.catalogus}} vind je alles wat we hebben.',
  'Heb je vragen? Bel {{bibliotheek.telefoon}} of mail naar {{bibliotheek.email}}.',
  'Lezen maakt je wereld groter, en dat geldt voor iedereen in {{bibliotheek.plaats}}.',
  'De activiteit duurt ongeveer een uur en is geschikt voor alle leeftijden.',
  'Neem gerust een vriend, buurvrouw of opa mee: samen lezen is nog leuker.',
  'We werken samen met scholen, buurthuizen en het taalhuis in de regio.',
  'Vrijwilligers begeleiden de groep en zorgen voor een gezellige sfeer.',
  'Deelname is gratis, ook als je (nog) geen lid bent van de bibliotheek.',
  'Na afloop kun je boeken over het onderwerp lenen of reserveren.',
  'In de bibliotheek vind je een rustige plek om te studeren, te werken of de krant te lezen.',
  'Met de Bibliotheek-app lees en luister je overal, thuis of onderweg.',
  'Laaggeletterdheid komt vaker voor dan je denkt; wij helpen je op weg met taal en rekenen.',
  'Ouders en verzorgers krijgen tips om thuis voor te lezen aan hun kinderen.',
  'Tijdens de bijeenkomst bespreken we een boek dat de deelnemers vooraf hebben gelezen.',
  'Speciaal voor senioren zijn er cursussen over tablets, smartphones en online bankieren.',
  'Jongeren kunnen terecht voor hulp bij werkstukken, profielwerkstukken en sollicitaties.',
  'Ontdek verhalen van vroeger in het lokale archief en de erfgoedcollectie.',
  'Wist je dat je bij {{bibliotheek.naam}} ook spellen, muziek en films kunt lenen?',
  'Volg ons voor het laatste nieuws over activiteiten bij jou in de buurt.',
  'Het programma is tot stand gekomen met steun van de gemeente en lokale fondsen.',
  'Aanmelden is niet verplicht, maar helpt ons om genoeg stoelen klaar te zetten.',
  'De makerspace heeft 3D-printers, een lasersnijder en robots om mee te experimenteren.',
  'Lees je liever in het Engels of Fries? Ook daarvoor heeft de bibliotheek een mooie collectie.',
];
const HASHTAGS = [
  'bibliotheek',
  'lezen',
  'voorlezen',
  'boeken',
  'leesplezier',
  'taal',
  'digitaal',
  'jeugd',
  'senioren',
  'cultuur',
  'erfgoed',
  'makerspace',
  'kinderboekenweek',
  'boekenweek',
  'poezie',
  'zomerlezen',
];
const CTAS = [
  'Meld je aan via {{bibliotheek.website}}',
  'Kom langs!',
  'Reserveer nu',
  'Bekijk de agenda op {{bibliotheek.website}}',
  'Word lid',
  null,
];

const lit = (a) => `ARRAY[${a.map((s) => (s === null ? 'NULL' : pg.escapeLiteral(s))).join(',')}]::text[]`;

/** Pseudo-random but deterministic helpers in SQL: r(k, salt) in [0, 2^31). */
const R = (expr, salt) => `abs(hashint8((${expr})::bigint * 7919 + ${salt})::bigint)`;
const pick = (array, expr, salt) => `(${array})[1 + ${R(expr, salt)} % cardinality(${array})]`;

/**
 * Distinct contents (title, body, tags, variants) with their derived columns computed by the exact
 * expression of the posts_derived_columns trigger. Posts copy one of these, so 1,000,000 rows do not need
 * 1,000,000 Dutch stemming passes; a sample check afterwards compares with the trigger expression.
 */
function contentPoolSql(size) {
  const titles = lit(TITLES);
  const subs = lit(SUBTITLES);
  const sentences = lit(SENTENCES);
  const tags = lit(HASHTAGS);
  const ctas = lit(CTAS);
  const sentence = (salt, expr = 'k') => pick(sentences, expr, salt);
  const channelsAll = `ARRAY['FACEBOOK','INSTAGRAM','X','LINKEDIN','GENERIC']`;
  return `
CREATE TEMP TABLE bench_content ON COMMIT DROP AS
WITH base AS (
  SELECT k,
         ${pick(titles, 'k', 1)} || ' — ' || ${pick(subs, 'k', 2)} AS title,
         concat_ws(' ', ${sentence(3)}, ${sentence(4)}, ${sentence(5)},
                   CASE WHEN ${R('k', 6)} % 3 > 0 THEN ${sentence(7)} END,
                   CASE WHEN ${R('k', 8)} % 3 = 2 THEN ${sentence(9)} END) AS body,
         ARRAY(SELECT DISTINCT (${tags})[1 + ${R('k * 10 + j', 10)} % cardinality(${tags})]
                 FROM generate_series(1, 1 + (${R('k', 11)} % 3)::int) j) AS tags,
         -- 2 to 4 channels: a rotation of the five starting at a pseudo-random offset
         ARRAY(SELECT (${channelsAll})[1 + ((${R('k', 12)} % 5) + j) % 5]
                 FROM generate_series(0, 1 + (${R('k', 13)} % 3)::int) j) AS chans
    FROM generate_series(0, ${size - 1}) k
)
SELECT k, title, body, tags, v.variants, NULL::text[] AS channels, NULL::tsvector AS search_vector
  FROM base,
  LATERAL (SELECT jsonb_object_agg(c, jsonb_build_object(
             'text', CASE c WHEN 'X' THEN ${sentence(20, 'k * 8 + n')}
                            WHEN 'INSTAGRAM' THEN concat_ws(' ', ${sentence(21, 'k * 8 + n')}, ${sentence(22, 'k * 8 + n')})
                            ELSE concat_ws(' ', ${sentence(23, 'k * 8 + n')}, ${sentence(24, 'k * 8 + n')}, ${sentence(25, 'k * 8 + n')}) END,
             'hashtags', CASE WHEN c IN ('INSTAGRAM', 'X') THEN to_jsonb(tags) ELSE '[]'::jsonb END,
             'link', CASE WHEN ${R('k', 26)} % 4 = 0 THEN NULL ELSE '{{bibliotheek.website}}' END,
             'callToAction', ${pick(ctas, 'k * 8 + n', 27)})) AS variants
             FROM unnest(chans) WITH ORDINALITY AS u(c, n)) v;
UPDATE bench_content SET
  channels = ARRAY(SELECT jsonb_object_keys(variants) ORDER BY 1),
  search_vector =
    setweight(to_tsvector('dutch', coalesce(title, '')), 'A') ||
    setweight(to_tsvector('dutch', array_to_string(tags, ' ')), 'A') ||
    setweight(to_tsvector('dutch', coalesce(body, '')), 'B') ||
    setweight(to_tsvector('dutch', coalesce((SELECT string_agg(v ->> 'text', ' ') FROM jsonb_each(variants) AS e(k, v)), '')), 'C');
CREATE UNIQUE INDEX ON bench_content (k);
ANALYZE bench_content;`;
}

/**
 * Seeds the benchmark data. Returns the API keys (one per library) and ids for the request mix.
 * `log` receives progress lines.
 */
export async function seed(ownerUrl, { posts, libraries, contentPool = 25_000, log = () => {} }) {
  const client = new pg.Client({ connectionString: ownerUrl, application_name: 'bench-seed' });
  await client.connect();
  const t = (label, started) => log(`  ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  try {
    // Session-level on purpose: this is the seeding connection of the owner, used for nothing else.
    await client.query(
      `SELECT set_config('app.role', 'central', false), set_config('app.tenant_id', '', false)`,
    );
    await client.query(`SET synchronous_commit = off`);
    await client.query(`SET maintenance_work_mem = '512MB'`);

    let started = Date.now();
    await client.query('BEGIN');
    const {
      rows: [central],
    } = await client.query(
      `INSERT INTO tenants (kind, name, slug, province, city, website, contact_email, channels, version)
       VALUES ('CENTRAL', 'Probiblio Landelijk Bureau', 'landelijk-bureau', 'UTRECHT', 'Utrecht',
               'https://www.bibliotheek.nl', 'redactie@bibliotheek.nl', '[]', 1) RETURNING id`,
    );
    const provinces = `ARRAY['DRENTHE','FLEVOLAND','FRIESLAND','GELDERLAND','GRONINGEN','LIMBURG','NOORD_BRABANT','NOORD_HOLLAND','OVERIJSSEL','UTRECHT','ZEELAND','ZUID_HOLLAND']`;
    const cities = lit(CITIES);
    // Library profiles: some fields missing on purpose, so placeholder fallbacks are exercised too.
    await client.query(
      `INSERT INTO tenants (kind, name, slug, province, city, website, contact_email, channels, display_name,
                            phone, opening_hours_url, catalogue_url, branch_count, version)
       SELECT 'LIBRARY', 'Bibliotheek ' || c || CASE WHEN i > ${CITIES.length} THEN ' ' || i ELSE '' END,
              'bieb-' || i, ${pick(provinces, 'i', 31)}, c,
              'https://www.bibliotheek' || i || '.nl', 'info@bibliotheek' || i || '.nl', '[]',
              CASE WHEN ${R('i', 32)} % 3 = 0 THEN 'de Bieb ' || c END,
              CASE WHEN ${R('i', 33)} % 4 > 0 THEN '0' || (100000000 + ${R('i', 34)} % 899999999)::text END,
              CASE WHEN ${R('i', 35)} % 2 = 0 THEN 'https://www.bibliotheek' || i || '.nl/openingstijden' END,
              CASE WHEN ${R('i', 36)} % 3 > 0 THEN 'https://bibliotheek' || i || '.nl/catalogus' END,
              1 + (${R('i', 37)} % 6)::int, 1
         FROM generate_series(1, $1::int) i, LATERAL (SELECT ${pick(cities, 'i', 30)} AS c) city`,
      [libraries],
    );
    const themes = await client.query(
      `INSERT INTO themes (tenant_id, kind, name, slug, description, colour, period_start, period_end, recurs_yearly, version)
       SELECT $1, t.kind, t.name, lower(regexp_replace(t.name, '[^A-Za-z]+', '-', 'g')),
              'Landelijk thema: ' || t.name, '#' || substr(md5(t.name), 1, 6), t.ps::date, t.pe::date, t.ps IS NOT NULL, 1
         FROM jsonb_to_recordset($2) AS t(kind text, name text, ps text, pe text)
       RETURNING id`,
      [
        central.id,
        JSON.stringify(
          THEMES.map(([kind, name, ps, pe]) => ({ kind, name, ps: ps ?? null, pe: pe ?? null })),
        ),
      ],
    );
    const themeIds = themes.rows.map((r) => r.id);
    t(`tenants (${libraries} libraries + central) and ${themeIds.length} themes`, started);

    started = Date.now();
    const pool = Math.min(contentPool, posts);
    await client.query(contentPoolSql(pool));
    t(`${pool} distinct post contents with derived columns`, started);

    // Bulk insert: the two known row triggers of posts are replaced by set-based equivalents (derived
    // columns copied from the pool, feed_events inserted below), secondary indexes rebuilt afterwards.
    started = Date.now();
    const { rows: triggers } = await client.query(
      `SELECT tgname FROM pg_trigger WHERE tgrelid = 'posts'::regclass AND NOT tgisinternal AND tgenabled <> 'D'`,
    );
    const known = ['posts_derived_columns', 'posts_feed_event'];
    const disabled = triggers.map((r) => r.tgname).filter((n) => known.includes(n));
    const others = triggers.map((r) => r.tgname).filter((n) => !known.includes(n));
    if (others.length) log(`  note: keeping unknown triggers on posts enabled: ${others.join(', ')}`);
    for (const name of disabled)
      await client.query(`ALTER TABLE posts DISABLE TRIGGER ${pg.escapeIdentifier(name)}`);
    const { rows: indexes } = await client.query(
      `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
         FROM pg_index i
        WHERE i.indrelid = 'posts'::regclass
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
    );
    for (const ix of indexes) await client.query(`DROP INDEX ${ix.name}`);
    const themeArr = `$2::uuid[]`;
    const goals = `ARRAY['MARKETING','KLANTENBINDING','NETWERKEN']`;
    const groups = `ARRAY['JEUGD','JONGEREN','VOLWASSENEN','SENIOREN','STUDENTEN','LAAGGELETTERDEN','OUDERS']`;
    const extra = Math.floor(posts / 50); // withdrawn / archived / draft posts that RLS and the filter must skip
    await client.query(
      `INSERT INTO posts (tenant_id, title, body, variants, theme_id, target_groups, goal, language, tags, status,
                          available_from, available_until, published_at, withdrawn_at, withdrawal_reason, archived_at,
                          created_at, updated_at, version, channels, search_vector, attribution)
       SELECT $1, c.title, c.body, c.variants,
              CASE WHEN x.r % 20 = 0 THEN NULL
                   -- skewed: half of the posts in the 8 campaign/first themes
                   WHEN x.r % 2 = 0 THEN (${themeArr})[1 + (x.r / 7) % 8]
                   ELSE (${themeArr})[1 + (x.r / 7) % cardinality(${themeArr})] END,
              ARRAY(SELECT DISTINCT (${groups})[1 + ${R('i * 4 + j', 41)} % 7] FROM generate_series(1, 1 + (x.r % 3)::int) j),
              CASE WHEN x.r % 5 = 0 THEN NULL ELSE (${goals})[1 + (x.r / 5) % 3] END,
              CASE WHEN x.r % 100 < 90 THEN 'NL' WHEN x.r % 100 < 97 THEN 'EN' ELSE 'FY' END,
              c.tags, s.status,
              CASE WHEN x.r % 2 = 0 THEN x.pub END,
              CASE WHEN x.r % 100 < 85 THEN NULL
                   WHEN x.r % 100 < 95 THEN now() + make_interval(days => 1 + (x.r % 180)::int)
                   ELSE x.pub + interval '30 days' END,
              CASE WHEN s.status <> 'DRAFT' THEN x.pub END,
              CASE WHEN s.status = 'WITHDRAWN' THEN x.pub + interval '3 days' END,
              CASE WHEN s.status = 'WITHDRAWN' THEN 'Rechten van de afbeelding verlopen' END,
              CASE WHEN s.status = 'ARCHIVED' THEN x.pub + interval '90 days' END,
              x.pub - interval '2 days', x.pub + make_interval(mins => (x.r % 600)::int), 1 + (x.r % 3)::int,
              c.channels, c.search_vector,
              CASE WHEN x.r % 40 = 0 THEN 'Ingezonden door een bibliotheek' END
         FROM generate_series(1, $3::int + $4::int) i
         -- rows arrive roughly in publication order, as in real life (a few minutes of jitter)
         CROSS JOIN LATERAL (SELECT ${R('i', 40)} AS r,
                                    now() - make_interval(secs => (($3::int + $4::int - i)::double precision / ($3::int + $4::int)) * 730 * 86400
                                                                   + (${R('i', 43)} % 600000000) / 1e6) AS pub) x
         -- every 51st row is withdrawn, archived or a draft: exactly $4 of them when $3 = 50 * $4
         CROSS JOIN LATERAL (SELECT CASE WHEN i % 51 <> 0 THEN 'PUBLISHED'
                                         ELSE (ARRAY['WITHDRAWN','ARCHIVED','DRAFT'])[1 + (i / 51) % 3] END AS status) s
         JOIN bench_content c ON c.k = i % ${pool}`,
      [central.id, themeIds, posts, extra],
    );
    const {
      rows: [counts],
    } = await client.query(
      `SELECT count(*) FILTER (WHERE status = 'PUBLISHED')::int AS published, count(*)::int AS total FROM posts`,
    );
    t(
      `${counts.published} published + ${counts.total - counts.published} withdrawn/archived/draft posts`,
      started,
    );
    started = Date.now();
    // What posts_feed_event would have logged: one POST event per inserted published post, same xid, same clock.
    await client.query(
      `INSERT INTO feed_events (xid, post_id, kind, data)
       SELECT pg_current_xact_id()::text::bigint, id, 'POST', jsonb_build_object('status', status, 'reason', withdrawal_reason)
         FROM posts WHERE status = 'PUBLISHED'`,
    );
    for (const ix of indexes) await client.query(ix.def);
    for (const name of disabled)
      await client.query(`ALTER TABLE posts ENABLE TRIGGER ${pg.escapeIdentifier(name)}`);
    t(`feed events and ${indexes.length} secondary indexes of posts rebuilt`, started);

    // API keys, one per library, hashes only; the keys themselves stay in this process for the load.
    started = Date.now();
    const { rows: libs } = await client.query(`SELECT id FROM tenants WHERE kind = 'LIBRARY' ORDER BY slug`);
    const keys = libs.map((l) => ({ tenantId: l.id, ...newApiKey() }));
    await client.query(
      `INSERT INTO api_keys (tenant_id, name, prefix, secret_hash, scopes)
       SELECT t, 'bench', p, h, '{feed:read}' FROM unnest($1::uuid[], $2::text[], $3::text[]) AS u(t, p, h)`,
      [keys.map((k) => k.tenantId), keys.map((k) => k.prefix), keys.map((k) => sha256Hex(k.secret))],
    );
    // Subscriptions for about 40 % of the libraries: a third with 2-5 themes, some with channels.
    await client.query(
      `INSERT INTO feed_subscriptions (tenant_id, theme_ids, channels)
       SELECT l.id,
              CASE WHEN l.r % 3 = 0 THEN ARRAY(SELECT DISTINCT ($2::uuid[])[1 + ${R('l.r * 8 + j', 51)} % cardinality($2::uuid[])]
                                                 FROM generate_series(1, 2 + (l.r % 4)::int) j)
                   ELSE '{}' END,
              CASE WHEN l.r % 4 = 1 THEN ARRAY['FACEBOOK','INSTAGRAM'] WHEN l.r % 4 = 2 THEN ARRAY['X'] ELSE '{}' END
         FROM (SELECT id, ${R("('x' || substr(md5(id::text), 1, 8))::bit(32)::int", 50)} AS r
                 FROM tenants WHERE id = ANY($1::uuid[])) l
        WHERE l.r % 5 < 2`,
      [libs.map((l) => l.id), themeIds],
    );
    const { rows: subs } = await client.query(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE cardinality(theme_ids) > 0)::int AS themed,
              count(*) FILTER (WHERE cardinality(channels) > 0)::int AS channelled FROM feed_subscriptions`,
    );
    await client.query('COMMIT');
    t(
      `${keys.length} API keys, ${subs[0].n} subscriptions (${subs[0].themed} with themes, ${subs[0].channelled} with channels)`,
      started,
    );

    started = Date.now();
    await client.query('VACUUM (ANALYZE) posts');
    await client.query('VACUUM (ANALYZE) feed_events');
    await client.query('ANALYZE tenants, themes, api_keys, feed_subscriptions');
    t('VACUUM ANALYZE', started);

    // Correctness of the shortcut: the derived columns equal what the trigger computes, on a sample.
    const { rows: check } = await client.query(
      `SELECT count(*)::int AS sampled,
              count(*) FILTER (WHERE p.channels IS DISTINCT FROM ARRAY(SELECT jsonb_object_keys(p.variants) ORDER BY 1)
                OR p.search_vector IS DISTINCT FROM (
                  setweight(to_tsvector('dutch', coalesce(p.title, '')), 'A') ||
                  setweight(to_tsvector('dutch', array_to_string(p.tags, ' ')), 'A') ||
                  setweight(to_tsvector('dutch', coalesce(p.body, '')), 'B') ||
                  setweight(to_tsvector('dutch', coalesce((SELECT string_agg(v ->> 'text', ' ') FROM jsonb_each(p.variants) AS e(k, v)), '')), 'C')))::int AS wrong
         FROM (SELECT * FROM posts TABLESAMPLE BERNOULLI (0.5) LIMIT 2000) p`,
    );
    if (check[0].wrong)
      throw new Error(`${check[0].wrong} of ${check[0].sampled} sampled posts have wrong derived columns`);
    const { rows: size } = await client.query(
      `SELECT pg_size_pretty(pg_total_relation_size('posts')) AS posts, pg_size_pretty(pg_database_size(current_database())) AS db`,
    );
    log(
      `  derived columns verified on ${check[0].sampled} sampled posts; posts ${size[0].posts}, database ${size[0].db}`,
    );
    return { centralId: central.id, themeIds, keys, subscriptions: subs[0], published: counts.published };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
