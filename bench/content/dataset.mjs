// Synthetic but realistic Dutch posts for bench/content: the campaigns and themes of the demo seed,
// sentences a central editor would write, placeholders, channel variants within their limits, target
// groups, goals, tags and suggested dates in 2026-2027. Deterministic (seeded PRNG).
import { Buffer } from 'node:buffer';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/** mulberry32: small, fast, deterministic. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const THEMES = {
  'nationale-voorleesdagen': {
    period: ['01-21', '01-31'],
    groups: ['OUDERS', 'JEUGD'],
    titles: [
      'Voorlezen aan peuters en kleuters',
      'Het Prentenboek van het Jaar',
      'Nationaal Voorleesontbijt',
      'Voorleestips voor thuis',
      'Voorlezen met opa en oma',
      'De Prentenboek Top Tien',
      'Word voorlezer bij de VoorleesExpress',
      'Voorleesfeest in de bibliotheek',
    ],
    sentences: [
      'Tijdens de Nationale Voorleesdagen draait alles om voorlezen aan jonge kinderen.',
      'Kom samen met je peuter luisteren naar een prentenboek.',
      'Voorlezen is goed voor de taalontwikkeling en gewoon heel gezellig.',
      'Het Prentenboek van het Jaar ligt voor je klaar.',
      'Burgemeesters, opa’s, oma’s en juffen lezen voor tijdens het voorleesontbijt.',
      'Onze voorlezers nemen een stapel prentenboeken mee.',
      'Kinderen tot 18 jaar lenen gratis.',
      'Voorlezen hoeft niet perfect: doe stemmetjes en wijs de plaatjes aan.',
    ],
    hashtags: ['NationaleVoorleesdagen', 'voorlezen', 'prentenboek', 'Voorleesontbijt'],
    tags: ['voorlezen', 'prentenboeken', 'peuters', 'kleuters'],
  },
  poezieweek: {
    period: ['01-22', '01-28'],
    groups: ['VOLWASSENEN', 'SENIOREN', 'JONGEREN'],
    titles: [
      'Gedichtendag in de bibliotheek',
      'Schrijf een gedicht op een kaart',
      'Dichters uit de regio lezen voor',
      'Poëzie voor jongeren: spoken word',
      'Het poëziegeschenk ligt klaar',
      'Gedichten op straat',
    ],
    sentences: [
      'Tijdens de Poëzieweek staat het gedicht centraal.',
      'Op Gedichtendag lezen dichters uit de regio voor.',
      'Schrijf een gedicht voor iemand die je lief is.',
      'Rijmen mag, maar hoeft niet.',
      'Neem je lievelingsgedicht mee en lees het voor.',
      'In de workshop schrijf je je eigen tekst en leer je voordragen.',
    ],
    hashtags: ['Poëzieweek', 'Gedichtendag', 'poëzie', 'gedicht'],
    tags: ['poëzie', 'gedichten', 'dichters'],
  },
  boekenweek: {
    period: ['03-14', '03-22'],
    groups: ['VOLWASSENEN', 'SENIOREN'],
    titles: [
      'Het Boekenweekgeschenk ligt klaar',
      'Schrijversavond in de Boekenweek',
      'Praat mee in de leesclub',
      'Leestips voor de Boekenweek',
      'De Boekenweek in zestig seconden',
      'Boekenweek: ontmoet de schrijver',
    ],
    sentences: [
      'De Boekenweek is het jaarlijkse feest van het Nederlandstalige boek.',
      'Het Boekenweekgeschenk kun je ook lenen.',
      'Een bekende schrijver is te gast voor een avond vol verhalen.',
      'Na afloop signeert de schrijver zijn nieuwste roman.',
      'Onze medewerkers kozen hun favoriete boeken van dit jaar.',
      'In de leesclub bespreken we het geschenk onder leiding van een gespreksleider.',
    ],
    hashtags: ['Boekenweek', 'Boekenweekgeschenk', 'lezen', 'leesclub'],
    tags: ['boekenweek', 'boekenweekgeschenk', 'romans'],
  },
  'maand-van-het-spannende-boek': {
    period: ['06-01', '06-30'],
    groups: ['VOLWASSENEN', 'JONGEREN'],
    titles: [
      'Juni is de Maand van het Spannende Boek',
      'Thrillertips van onze collega’s',
      'Escape room in de bibliotheek',
      'Spanning voor je oren: luisterboeken',
      'Detectives voor de zomer',
      'Spannende jeugdboeken',
    ],
    sentences: [
      'De hele maand juni draait om thrillers, detectives en spannende jeugdboeken.',
      'Hou je van nagelbijten? Dan is dit jouw maand.',
      'Los de raadsels op voordat de tijd om is.',
      'Met de app luister je spannende luisterboeken waar je ook bent.',
      'Van klassieke whodunit tot Scandinavische noir.',
      'Onze speurders hebben de spannendste boeken voor je verzameld.',
    ],
    hashtags: ['MaandvanhetSpannendeBoek', 'thriller', 'detective', 'spannend'],
    tags: ['spanning', 'thrillers', 'detectives'],
  },
  'week-van-de-alfabetisering': {
    period: ['09-07', '09-13'],
    groups: ['LAAGGELETTERDEN', 'VOLWASSENEN'],
    titles: [
      'Lezen en schrijven moeilijk? Je bent niet de enige',
      'Word taalvrijwilliger',
      'Open dag in het Taalhuis',
      'Makkelijk lezen: boeken in eenvoudige taal',
      'Oefenen met lezen en schrijven',
      'Taal op de werkvloer',
    ],
    sentences: [
      'Ongeveer 2,5 miljoen volwassenen hebben moeite met lezen, schrijven of rekenen.',
      'In het Taalhuis oefen je gratis, in je eigen tempo.',
      'Als taalvrijwilliger help je iemand één uur per week.',
      'Op het Makkelijk Lezen Plein vind je boeken met korte zinnen.',
      'Lezen en schrijven leer je nooit te laat.',
      'Ken je iemand voor wie dit belangrijk is? Vertel het verder.',
    ],
    hashtags: ['WeekvandeAlfabetisering', 'Taalhuis', 'laaggeletterdheid', 'taal'],
    tags: ['taalhuis', 'laaggeletterdheid', 'eenvoudige taal'],
  },
  kinderboekenweek: {
    period: ['09-30', '10-11'],
    groups: ['JEUGD', 'OUDERS'],
    titles: [
      'De Kinderboekenweek is begonnen',
      'Speurtocht door de bibliotheek',
      'Kinderboekenschrijver op bezoek',
      'Knutselmiddag in de Kinderboekenweek',
      'Boekenkist voor de klas',
      'Kinderboekenfeest',
    ],
    sentences: [
      'Elf dagen lang is de bibliotheek één groot kinderboekenfeest.',
      'Zoek de verstopte letters en ontdek het geheime woord.',
      'Een kinderboekenschrijver vertelt hoe een verhaal ontstaat.',
      'Leerkrachten kunnen een boekenkist reserveren.',
      'Na het knutselen lezen we samen een verhaal voor.',
      'Welk boek neem jij mee naar huis?',
    ],
    hashtags: ['Kinderboekenweek', 'kinderboeken', 'bieb', 'lezen'],
    tags: ['kinderboekenweek', 'kinderboeken', 'school'],
  },
  'nederland-leest': {
    period: ['11-01', '11-30'],
    groups: ['VOLWASSENEN', 'SENIOREN', 'STUDENTEN'],
    titles: [
      'Nederland Leest: samen één boek',
      'Leesgesprek: wat vond jij ervan?',
      'Haal je gratis boek op',
      'Nederland Leest op school',
      'Lees mee met heel Nederland',
    ],
    sentences: [
      'In november leest heel Nederland hetzelfde boek.',
      'Haal het gratis boek op zolang de voorraad strekt.',
      'In het leesgesprek wisselen we ervaringen uit.',
      'Ook leerlingen in het voortgezet onderwijs lezen mee.',
      'Onder leiding van een gespreksleider praten we over het boek.',
    ],
    hashtags: ['NederlandLeest', 'lezen', 'leesgesprek'],
    tags: ['nederland leest', 'gratis boek', 'leesgesprek'],
  },
  'week-van-de-mediawijsheid': {
    period: ['11-13', '11-20'],
    groups: ['JONGEREN', 'OUDERS', 'JEUGD'],
    titles: [
      'Echt of nep? Zo check je nieuws',
      'Schermtijd thuis: tips voor ouders',
      'MediaMasters in de klas',
      'Veilig online voor kinderen',
      'Workshop nepnieuws herkennen',
    ],
    sentences: [
      'Niet alles wat online staat, is waar.',
      'Leer hoe je nieuws en beelden controleert.',
      'Een mediacoach geeft praktische tips over schermtijd.',
      'Groep 7 en 8 spelen het spel MediaMasters.',
      'Hoe herken je een bewerkte foto?',
    ],
    hashtags: ['WeekvandeMediawijsheid', 'mediawijs', 'nepnieuws', 'schermtijd'],
    tags: ['mediawijsheid', 'nepnieuws', 'schermtijd'],
  },
  'digitale-vaardigheden': {
    groups: ['SENIOREN', 'LAAGGELETTERDEN', 'VOLWASSENEN'],
    titles: [
      'Hulp bij DigiD en de digitale overheid',
      'Cursus Klik & Tik',
      'Spreekuur digitale vaardigheden',
      'Werken met je smartphone',
      'Veilig internetbankieren',
    ],
    sentences: [
      'Bij het Informatiepunt Digitale Overheid helpen we je gratis op weg.',
      'In de cursus leer je in je eigen tempo de basis van de computer.',
      'Neem je eigen tablet of telefoon mee.',
      'Zorgtoeslag aanvragen of je DigiD instellen? Wij helpen je.',
      'Er is altijd een vrijwilliger om te helpen.',
    ],
    hashtags: ['digitalevaardigheden', 'DigiD', 'DigitaleOverheid', 'KlikenTik'],
    tags: ['digid', 'computer', 'cursus'],
  },
  leesbevordering: {
    groups: ['OUDERS', 'JEUGD', 'JONGEREN'],
    titles: [
      'BoekStart: lezen met je baby',
      'Leestips voor tieners',
      'De Bibliotheek op school',
      'Lezen in de zomer',
    ],
    sentences: [
      'Het is nooit te vroeg om te beginnen met voorlezen.',
      'Haal het BoekStart-koffertje gratis op.',
      'Onze leesconsulenten werken samen met scholen.',
      'Lees in de vakantie en voorkom de zomerdip.',
    ],
    hashtags: ['BoekStart', 'leesplezier', 'lezen'],
    tags: ['leesbevordering', 'boekstart', 'leesplezier'],
  },
  activiteiten: {
    groups: ['JEUGD', 'OUDERS', 'VOLWASSENEN', 'SENIOREN'],
    titles: [
      'Vakantie in de bibliotheek',
      'Lezing over de geschiedenis van de stad',
      'Workshop',
      'Filmmiddag',
    ],
    sentences: [
      'Elke dag is er iets te doen.',
      'Bekijk het hele programma op onze website.',
      'Aanmelden is gratis, vol is vol.',
      'Koffie en thee staan klaar.',
    ],
    hashtags: ['activiteiten', 'bieb', 'vakantie'],
    tags: ['activiteiten', 'programma'],
  },
};

const GENERIC = [
  'Kom langs bij {{bibliotheek.naam}}.',
  'Meer informatie vind je op {{bibliotheek.website}}.',
  'Reserveer via de catalogus: {{bibliotheek.catalogus}}.',
  'Bekijk onze openingstijden: {{bibliotheek.openingstijden}}.',
  'Iedereen is welkom, ook als je nog geen lid bent.',
  'Lid worden is gratis tot 18 jaar.',
  'Vragen? Stel ze gerust aan onze medewerkers.',
  'Deel dit bericht met iemand die het leuk vindt.',
  'Wij zien je graag in {{bibliotheek.plaats}}!',
];
const PREFIXES = ['', '', '', 'Nieuw: ', 'Tip: ', 'Doe mee: ', 'Deze week: ', 'Vandaag: '];
const SUFFIXES = ['', '', '', ' in {{bibliotheek.plaats}}', ' bij {{bibliotheek.naam}}', ' in de bieb'];
const X_CTA = [
  'Meer info: {{bibliotheek.website}}',
  'Kom langs!',
  'Reserveer: {{bibliotheek.catalogus}}',
  'Tot ziens in de bieb!',
];
const EMOJI = ['📚', '📖', '✨', '🎉', '❤️', '☕', '🔍', ''];
const GROUPS = ['JEUGD', 'JONGEREN', 'VOLWASSENEN', 'SENIOREN', 'STUDENTEN', 'LAAGGELETTERDEN', 'OUDERS'];
const GOALS = ['MARKETING', 'KLANTENBINDING', 'NETWERKEN'];
const SLUGS = Object.keys(THEMES);
const DAY = 86_400_000;

/** Search queries that match the vocabulary above (a stem, a compound part, two words). */
export const SEARCHES = ['voorlezen', 'kinderboekenweek', 'digitale overheid'];

export function makePost(rand, i) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const some = (list, min, max) => {
    const n = min + Math.floor(rand() * (max - min + 1));
    const copy = [...list];
    const out = [];
    while (out.length < n && copy.length) out.push(copy.splice(Math.floor(rand() * copy.length), 1)[0]);
    return out;
  };
  const slug = rand() < 0.08 ? null : pick(SLUGS);
  const theme = THEMES[slug ?? pick(SLUGS)];
  const title = `${pick(PREFIXES)}${pick(theme.titles)}${pick(SUFFIXES)}`;
  const body = [...some(theme.sentences, 2, 4), ...some(GENERIC, 1, 2)].join(' ');
  const year = rand() < 0.5 ? 2026 : 2027;
  let suggested;
  if (theme.period) {
    const start = Date.parse(`${year}-${theme.period[0]}T08:00:00Z`);
    suggested = new Date(start - 10 * DAY + Math.floor(rand() * 24) * DAY);
  } else {
    suggested = new Date(Date.parse('2026-01-05T08:00:00Z') + Math.floor(rand() * 720) * DAY);
  }
  const hashtags = some(theme.hashtags, 2, 4);
  const xTags = hashtags.slice(0, 2);
  const x = `${title}. ${pick(X_CTA)}`;
  const variants = [
    { channel: 'FACEBOOK', text: `${body} ${pick(GENERIC)}`, link: '{{bibliotheek.website}}' },
    { channel: 'INSTAGRAM', text: `${pick(theme.sentences)} ${pick(EMOJI)}`.trim(), hashtags },
    // Titles and calls to action are short, so X stays well within 280 with placeholders reserved.
    { channel: 'X', text: x, hashtags: xTags },
  ];
  if (rand() < 0.3) variants.push({ channel: 'LINKEDIN', text: `${pick(theme.sentences)} ${pick(GENERIC)}` });
  if (rand() < 0.2) variants.push({ channel: 'GENERIC', text: body });
  const language = rand() < 0.96 ? 'NL' : rand() < 0.75 ? 'EN' : 'FY';
  const windowed = rand() < 0.8;
  return {
    externalId: `bench-${String(i).padStart(7, '0')}`,
    title,
    body,
    theme: slug,
    targetGroups: [...new Set([...some(theme.groups, 1, 2), ...(rand() < 0.2 ? [pick(GROUPS)] : [])])],
    goal: pick(GOALS),
    language,
    tags: some(theme.tags, 1, 3),
    availableFrom: windowed ? new Date(suggested.getTime() - 14 * DAY).toISOString() : null,
    availableUntil: windowed ? new Date(suggested.getTime() + 60 * DAY).toISOString() : null,
    suggestedPublishAt: suggested.toISOString(),
    variants,
  };
}

/** Writes `count` posts as JSON Lines; resolves with the byte size. */
export async function writeDataset(file, count, seed = 42) {
  const rand = prng(seed);
  const out = createWriteStream(file);
  let bytes = 0;
  let chunk = [];
  for (let i = 1; i <= count; i++) {
    chunk.push(JSON.stringify(makePost(rand, i)));
    if (chunk.length === 1000 || i === count) {
      const text = chunk.join('\n') + '\n';
      bytes += Buffer.byteLength(text);
      chunk = [];
      if (!out.write(text)) await once(out, 'drain');
    }
  }
  out.end();
  await once(out, 'finish');
  return bytes;
}
