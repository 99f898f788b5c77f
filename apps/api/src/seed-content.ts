import type { INestApplicationContext } from '@nestjs/common';
import { Channel, Goal, Language, TargetGroup, ThemeKind } from '@bibliohub/contracts';
import type { Actor } from '@bibliohub/api-core';
import { PostService, ThemeService, type CreatePostInput, type ThemeInput } from '@bibliohub/api-content';

const { JEUGD, JONGEREN, VOLWASSENEN, SENIOREN, STUDENTEN, LAAGGELETTERDEN, OUDERS } = TargetGroup;
const { MARKETING, KLANTENBINDING, NETWERKEN } = Goal;

/**
 * The national campaigns libraries plan around (DOMAIN.md), recurring every year in about the same
 * period, plus a few standing themes.
 */
export const DEMO_THEMES: ThemeInput[] = [
  {
    kind: ThemeKind.CAMPAIGN,
    name: 'Nationale Voorleesdagen',
    slug: 'nationale-voorleesdagen',
    description:
      'Tien dagen aandacht voor voorlezen aan peuters en kleuters, met het Prentenboek van het Jaar, de Prentenboek Top Tien en het Nationale Voorleesontbijt.',
    colour: '#E84855',
    periodStart: '2026-01-21',
    periodEnd: '2026-01-31',
    recursYearly: true,
    active: true,
  },
  {
    kind: ThemeKind.CAMPAIGN,
    name: 'Poëzieweek',
    slug: 'poezieweek',
    description:
      'De week rond Gedichtendag (de laatste donderdag van januari): dichters in de bibliotheek, gedichten op straat en een gratis poëziegeschenk.',
    colour: '#7B2D8E',
    periodStart: '2026-01-22',
    periodEnd: '2026-01-28',
    recursYearly: true,
    active: true,
  },
  {
    kind: ThemeKind.CAMPAIGN,
    name: 'Boekenweek',
    slug: 'boekenweek',
    description:
      'Het jaarlijkse feest van het Nederlandstalige boek, met het Boekenweekgeschenk en schrijversavonden in het hele land.',
    colour: '#E4572E',
    periodStart: '2026-03-14',
    periodEnd: '2026-03-22',
    recursYearly: true,
    active: true,
  },
  {
    kind: ThemeKind.CAMPAIGN,
    name: 'Maand van het Spannende Boek',
    slug: 'maand-van-het-spannende-boek',
    description: 'Heel juni draait om thrillers, detectives en spannende jeugdboeken.',
    colour: '#2D3047',
    periodStart: '2026-06-01',
    periodEnd: '2026-06-30',
    recursYearly: true,
    active: true,
  },
  {
    kind: ThemeKind.CAMPAIGN,
    name: 'Week van de Alfabetisering',
    slug: 'week-van-de-alfabetisering',
    description:
      'Rond Internationale Dag van de Alfabetisering (8 september) aandacht voor de ongeveer 2,5 miljoen volwassenen die moeite hebben met lezen, schrijven of rekenen, en voor het Taalhuis.',
    colour: '#2E86AB',
    periodStart: '2026-09-07',
    periodEnd: '2026-09-13',
    recursYearly: true,
    active: true,
  },
  {
    kind: ThemeKind.CAMPAIGN,
    name: 'Kinderboekenweek',
    slug: 'kinderboekenweek',
    description:
      'Elf dagen feest rond kinderboeken, met een jaarlijks wisselend thema, activiteiten op scholen en in de bibliotheek.',
    colour: '#F6AE2D',
    periodStart: '2026-09-30',
    periodEnd: '2026-10-11',
    recursYearly: true,
    active: true,
  },
  {
    kind: ThemeKind.CAMPAIGN,
    name: 'Nederland Leest',
    slug: 'nederland-leest',
    description:
      'In november leest Nederland samen één boek, gratis op te halen in de bibliotheek, met leesgesprekken en lessen op school.',
    colour: '#3D5A80',
    periodStart: '2026-11-01',
    periodEnd: '2026-11-30',
    recursYearly: true,
    active: true,
  },
  {
    kind: ThemeKind.CAMPAIGN,
    name: 'Week van de Mediawijsheid',
    slug: 'week-van-de-mediawijsheid',
    description:
      'Een week over slim, veilig en kritisch omgaan met media, met MediaMasters voor groep 7 en 8 en tips voor ouders.',
    colour: '#00A6A6',
    periodStart: '2026-11-13',
    periodEnd: '2026-11-20',
    recursYearly: true,
    active: true,
  },
  {
    kind: ThemeKind.THEME,
    name: 'Digitale vaardigheden',
    slug: 'digitale-vaardigheden',
    description: 'Hulp bij de digitale overheid, cursussen en spreekuren voor wie digitaal wil meedoen.',
    colour: '#3A6EA5',
    recursYearly: false,
    active: true,
  },
  {
    kind: ThemeKind.THEME,
    name: 'Leesbevordering',
    slug: 'leesbevordering',
    description: 'Lezen met baby’s, kinderen en jongeren: BoekStart, de Bibliotheek op school, leestips.',
    colour: '#F25F5C',
    recursYearly: false,
    active: true,
  },
  {
    kind: ThemeKind.THEME,
    name: 'Activiteiten',
    slug: 'activiteiten',
    description: 'Wat er te doen is in de bibliotheek: vakantieprogramma’s, lezingen, workshops.',
    colour: '#70C1B3',
    recursYearly: false,
    active: true,
  },
];

type DemoStatus = 'PUBLISHED' | 'DRAFT' | 'SCHEDULED' | 'WITHDRAWN';

interface DemoPost {
  theme: string;
  status: DemoStatus;
  /** Suggested publish moment for the calendar (Dutch morning, in UTC). */
  at: string;
  title: string;
  body: string;
  facebook: string;
  instagram: string;
  hashtags: string[];
  x: string;
  linkedin?: string;
  targetGroups: TargetGroup[];
  goal: Goal;
  tags: string[];
  language?: Language;
  withdrawReason?: string;
}

const SITE = '{{bibliotheek.website}}';

/** About three dozen posts around the campaigns of 2026–2027: most published, some drafts and scheduled. */
export const DEMO_POSTS: DemoPost[] = [
  // Nationale Voorleesdagen (21–31 januari)
  {
    theme: 'nationale-voorleesdagen',
    status: 'PUBLISHED',
    at: '2027-01-20T08:00:00Z',
    title: 'De Nationale Voorleesdagen beginnen!',
    body: 'Van 21 tot en met 31 januari draait alles om voorlezen aan peuters en kleuters. Kom naar {{bibliotheek.naam}} en ontdek het Prentenboek van het Jaar en de hele Prentenboek Top Tien.',
    facebook:
      'Voorlezen is het mooiste cadeau dat je een kind kunt geven. Tijdens de Nationale Voorleesdagen staan de prentenboeken uit de Top Tien voor je klaar in {{bibliotheek.naam}}. Lenen is gratis voor kinderen!',
    instagram: 'Samen op de bank met een prentenboek 📚❤️ De Nationale Voorleesdagen zijn begonnen!',
    hashtags: ['NationaleVoorleesdagen', 'voorlezen', 'prentenboek', 'bibliotheek'],
    x: 'De Nationale Voorleesdagen zijn begonnen! Leen het Prentenboek van het Jaar bij {{bibliotheek.naam}}.',
    targetGroups: [OUDERS, JEUGD],
    goal: MARKETING,
    tags: ['voorlezen', 'prentenboeken', 'peuters'],
  },
  {
    theme: 'nationale-voorleesdagen',
    status: 'PUBLISHED',
    at: '2027-01-22T07:00:00Z',
    title: 'Nationaal Voorleesontbijt in {{bibliotheek.plaats}}',
    body: 'Op vrijdag 22 januari lezen burgemeesters, opa’s, oma’s en juffen voor tijdens het Nationale Voorleesontbijt. Wij zorgen voor de boterhammen met hagelslag. Aanmelden via {{bibliotheek.website}}.',
    facebook:
      'Ontbijten en voorlezen: een betere start van de dag bestaat niet! Op vrijdag 22 januari ben je met je kleintje welkom bij het Nationale Voorleesontbijt in {{bibliotheek.naam}}. Vol = vol, dus meld je op tijd aan.',
    instagram:
      'Hagelslag, warme chocomelk en een spannend prentenboek 🥐📖 Kom je ook naar het Voorleesontbijt?',
    hashtags: ['Voorleesontbijt', 'NationaleVoorleesdagen', 'voorlezen'],
    x: 'Vrijdag 22 januari: Nationaal Voorleesontbijt in {{bibliotheek.plaats}}! Ontbijt mee en luister naar een prentenboek. Aanmelden: {{bibliotheek.website}}',
    targetGroups: [JEUGD, OUDERS],
    goal: KLANTENBINDING,
    tags: ['voorlezen', 'ontbijt', 'activiteit'],
  },
  {
    theme: 'nationale-voorleesdagen',
    status: 'SCHEDULED',
    at: '2027-01-25T08:00:00Z',
    title: 'Vijf tips om met plezier voor te lezen',
    body: 'Stemmetjes doen, plaatjes aanwijzen, samen raden wat er gaat gebeuren: voorlezen hoeft niet perfect. Onze jeugdbibliothecarissen geven vijf tips voor thuis, ook voor kinderen die nog niet stil kunnen zitten.',
    facebook:
      'Voorlezen hoeft niet perfect! Tip 1: laat je kind de bladzijden omslaan. Tip 2: praat over de plaatjes. Tip 3: lees hetzelfde boek gerust tien keer. De andere tips en een stapel mooie prentenboeken vind je bij {{bibliotheek.naam}}.',
    instagram: 'Swipe voor onze 5 voorleestips 👉 Welke gebruik jij al?',
    hashtags: ['voorleestips', 'voorlezen', 'NationaleVoorleesdagen', 'ouders'],
    x: 'Voorlezen hoeft niet perfect: doe stemmetjes, wijs plaatjes aan en lees gerust tien keer hetzelfde boek. Meer tips bij {{bibliotheek.naam}}.',
    targetGroups: [OUDERS],
    goal: KLANTENBINDING,
    tags: ['voorlezen', 'tips'],
  },
  {
    theme: 'nationale-voorleesdagen',
    status: 'DRAFT',
    at: '2027-01-30T09:00:00Z',
    title: 'Word vrijwilliger bij de VoorleesExpress',
    body: 'Wil jij een gezin helpen om van voorlezen een gewoonte te maken? Als vrijwilliger van de VoorleesExpress lees je twintig weken lang elke week voor bij een gezin thuis. Je krijgt een training en begeleiding van {{bibliotheek.naam}}.',
    facebook:
      'Twintig weken, één uur per week, één gezin: zo maak je als voorlezer echt verschil. {{bibliotheek.naam}} zoekt vrijwilligers voor de VoorleesExpress. Je krijgt een training en staat er nooit alleen voor.',
    instagram:
      'Jij + een prentenboek + een gezin dat wil leren voorlezen = VoorleesExpress 💛 Meld je aan als vrijwilliger!',
    hashtags: ['VoorleesExpress', 'vrijwilliger', 'voorlezen'],
    x: '{{bibliotheek.naam}} zoekt vrijwilligers voor de VoorleesExpress: twintig weken voorlezen bij een gezin thuis. Doe je mee?',
    linkedin:
      'Taalontwikkeling begint thuis. Met de VoorleesExpress helpen vrijwilligers gezinnen om voorlezen een vaste plek te geven. {{bibliotheek.naam}} zoekt vrijwilligers en partners in de wijk: scholen, consultatiebureaus en welzijnswerk.',
    targetGroups: [VOLWASSENEN, SENIOREN, STUDENTEN],
    goal: NETWERKEN,
    tags: ['vrijwilligers', 'voorlezen', 'voorleesexpress'],
  },
  // Poëzieweek (rond Gedichtendag)
  {
    theme: 'poezieweek',
    status: 'PUBLISHED',
    at: '2027-01-21T08:00:00Z',
    title: 'Schrijf een gedicht op een kaart',
    body: 'Tijdens de Poëzieweek liggen er in {{bibliotheek.naam}} blanco gedichtenkaarten. Schrijf een gedicht voor iemand die je lief is; wij sturen de kaart gratis voor je op.',
    facebook:
      'Wie verdient er van jou een gedicht? Tijdens de Poëzieweek schrijf je in {{bibliotheek.naam}} een gedicht op een kaart en wij posten hem gratis. Rijmen mag, maar hoeft niet.',
    instagram: 'Een gedicht in de brievenbus ✉️ Schrijf er een tijdens de Poëzieweek, wij posten hem!',
    hashtags: ['Poëzieweek', 'gedicht', 'Gedichtendag'],
    x: 'Poëzieweek: schrijf in {{bibliotheek.naam}} een gedicht op een kaart, wij sturen hem gratis op. ✍️',
    targetGroups: [VOLWASSENEN, SENIOREN, JONGEREN],
    goal: KLANTENBINDING,
    tags: ['poëzie', 'gedichten'],
  },
  {
    theme: 'poezieweek',
    status: 'PUBLISHED',
    at: '2027-01-28T08:00:00Z',
    title: 'Gedichtendag: dichters uit de regio lezen voor',
    body: 'Op Gedichtendag, de laatste donderdag van januari, lezen dichters uit de regio voor in {{bibliotheek.naam}}. De toegang is gratis en de koffie staat klaar. Kijk voor tijden op {{bibliotheek.website}}.',
    facebook:
      'Donderdag is het Gedichtendag! Dichters uit de regio lezen hun nieuwste werk voor in {{bibliotheek.naam}}. Gratis toegang, koffie en thee staan klaar. Neem gerust je eigen lievelingsgedicht mee.',
    instagram: 'Vandaag is het Gedichtendag 🖋️ Kom luisteren naar dichters uit de buurt!',
    hashtags: ['Gedichtendag', 'Poëzieweek', 'poëzie'],
    x: 'Het is Gedichtendag! Dichters uit de regio lezen vandaag voor in {{bibliotheek.naam}}. Gratis toegang: {{bibliotheek.website}}',
    targetGroups: [VOLWASSENEN, SENIOREN],
    goal: MARKETING,
    tags: ['poëzie', 'gedichtendag', 'lezing'],
  },
  {
    theme: 'poezieweek',
    status: 'PUBLISHED',
    at: '2027-01-26T08:00:00Z',
    title: 'Gedichten yn it Frysk',
    body: 'Yn de Poëzieweek lêze wy mei-inoar gedichten yn it Frysk. Kom ek nei {{bibliotheek.naam}} en nim dyn favorite gedicht mei!',
    facebook:
      'Yn de Poëzieweek lêze wy gedichten yn it Frysk. Jong en âld binne wolkom by {{bibliotheek.naam}}. De kofje stiet klear!',
    instagram: 'Fryske gedichten yn de Poëzieweek 💙🤍 Kom ek!',
    hashtags: ['Poëzieweek', 'Frysk', 'gedichten'],
    x: 'Yn de Poëzieweek lêze wy gedichten yn it Frysk by {{bibliotheek.naam}}. Kom ek!',
    targetGroups: [VOLWASSENEN, SENIOREN],
    goal: KLANTENBINDING,
    tags: ['poëzie', 'fries'],
    language: Language.FY,
  },
  {
    theme: 'poezieweek',
    status: 'DRAFT',
    at: '2027-01-27T15:00:00Z',
    title: 'Workshop spoken word voor jongeren',
    body: 'Poëzie is niet alleen iets van papier. In deze workshop schrijf je je eigen tekst en leer je hem voordragen op het podium. Voor jongeren van 14 tot 20 jaar, geen ervaring nodig.',
    facebook:
      'Heb jij iets te zeggen? In de spoken word workshop van {{bibliotheek.naam}} schrijf je je eigen tekst en draag je hem voor. Voor jongeren van 14 tot 20 jaar. Gratis, wel even aanmelden.',
    instagram: 'Jouw woorden, jouw podium 🎤 Gratis spoken word workshop voor 14–20 jaar.',
    hashtags: ['spokenword', 'Poëzieweek', 'jongeren', 'poëzie'],
    x: 'Jouw woorden, jouw podium: gratis spoken word workshop voor jongeren (14–20) bij {{bibliotheek.naam}}.',
    targetGroups: [JONGEREN, STUDENTEN],
    goal: MARKETING,
    tags: ['poëzie', 'workshop', 'jongeren'],
  },
  // Boekenweek (maart)
  {
    theme: 'boekenweek',
    status: 'PUBLISHED',
    at: '2027-03-13T08:00:00Z',
    title: 'Het Boekenweekgeschenk ligt klaar',
    body: 'Tijdens de Boekenweek krijg je het Boekenweekgeschenk cadeau bij aankoop van een Nederlandstalig boek. Wist je dat je het geschenk ook kunt lenen? Vraag ernaar bij {{bibliotheek.naam}} of reserveer via {{bibliotheek.catalogus}}.',
    facebook:
      'De Boekenweek is begonnen! Het Boekenweekgeschenk van dit jaar kun je ook lenen bij {{bibliotheek.naam}}. Reserveer het vast, want op is op.',
    instagram: 'Het Boekenweekgeschenk is er 🎁📖 Reserveer het via de catalogus!',
    hashtags: ['Boekenweek', 'Boekenweekgeschenk', 'lezen', 'bibliotheek'],
    x: 'De Boekenweek is begonnen! Leen het Boekenweekgeschenk bij {{bibliotheek.naam}}: {{bibliotheek.catalogus}}',
    targetGroups: [VOLWASSENEN, SENIOREN],
    goal: MARKETING,
    tags: ['boekenweek', 'boekenweekgeschenk'],
  },
  {
    theme: 'boekenweek',
    status: 'SCHEDULED',
    at: '2027-03-16T17:00:00Z',
    title: 'Schrijversavond in de Boekenweek',
    body: 'In de Boekenweek is een bekende Nederlandse schrijver te gast in {{bibliotheek.naam}}. Een avond vol verhalen, vragen uit het publiek en signeren. Kaarten via {{bibliotheek.website}}.',
    facebook:
      'Een schrijver in levenden lijve, in jouw bibliotheek! In de Boekenweek organiseert {{bibliotheek.naam}} een schrijversavond met een interview, vragen uit de zaal en een signeersessie. Kaarten zijn beperkt.',
    instagram: 'Schrijversavond in de Boekenweek ✨ Stel jouw vraag aan de schrijver!',
    hashtags: ['Boekenweek', 'schrijversavond', 'lezen'],
    x: 'Schrijversavond in de Boekenweek bij {{bibliotheek.naam}}: verhalen, vragen en signeren. Kaarten: {{bibliotheek.website}}',
    targetGroups: [VOLWASSENEN],
    goal: KLANTENBINDING,
    tags: ['boekenweek', 'schrijver', 'avond'],
  },
  {
    theme: 'boekenweek',
    status: 'PUBLISHED',
    at: '2027-03-18T09:00:00Z',
    title: 'Praat mee in de Boekenweek-leesclub',
    body: 'Lees je graag, maar praat je er ook graag over? Sluit aan bij de Boekenweek-leesclub van {{bibliotheek.naam}}. We bespreken het Boekenweekgeschenk onder leiding van een ervaren gespreksleider.',
    facebook:
      'Een goed boek wordt nog beter als je erover praat. Sluit aan bij de Boekenweek-leesclub van {{bibliotheek.naam}}: we bespreken het Boekenweekgeschenk en ontdekken samen nieuwe boeken.',
    instagram: 'Lezen doe je alleen, erover praten samen ☕📚 Doe mee met de leesclub!',
    hashtags: ['Boekenweek', 'leesclub', 'boekenclub'],
    x: 'Praat mee over het Boekenweekgeschenk in de leesclub van {{bibliotheek.naam}}. Nieuwe leden welkom!',
    linkedin:
      'Leesclubs verbinden mensen. Tijdens de Boekenweek start {{bibliotheek.naam}} nieuwe leesclubs, ook voor bedrijven en organisaties die hun medewerkers met elkaar in gesprek willen brengen.',
    targetGroups: [VOLWASSENEN, SENIOREN],
    goal: NETWERKEN,
    tags: ['boekenweek', 'leesclub'],
  },
  {
    theme: 'boekenweek',
    status: 'DRAFT',
    at: '2027-03-20T10:00:00Z',
    title: 'De Boekenweek in zestig seconden',
    body: 'Een korte video met de hoogtepunten van de Boekenweek: het geschenk, de schrijversavond en de leestips van onze medewerkers.',
    facebook: 'Geen tijd gehad voor de Boekenweek? Bekijk de hoogtepunten in zestig seconden!',
    instagram: 'De Boekenweek in 60 seconden 🎬 Welk boek ga jij lezen?',
    hashtags: ['Boekenweek', 'leestips', 'reels'],
    x: 'De Boekenweek in zestig seconden: bekijk de hoogtepunten van {{bibliotheek.naam}}. 🎬',
    targetGroups: [JONGEREN, VOLWASSENEN],
    goal: MARKETING,
    tags: ['boekenweek', 'video'],
  },
  // Maand van het Spannende Boek (juni)
  {
    theme: 'maand-van-het-spannende-boek',
    status: 'PUBLISHED',
    at: '2027-06-01T08:00:00Z',
    title: 'Juni is de Maand van het Spannende Boek',
    body: 'Thrillers, detectives en spannende jeugdboeken: de hele maand juni zet {{bibliotheek.naam}} de spanning centraal. Haal je tas vol spannende boeken en doe mee met de activiteiten.',
    facebook:
      'Hou je van nagelbijten? De hele maand juni is het de Maand van het Spannende Boek. Bij {{bibliotheek.naam}} vind je een speciale tafel met thrillers, detectives en spannende jeugdboeken.',
    instagram: 'Pas op: deze maand wordt spannend 🔪🕵️ Welke thriller lees jij?',
    hashtags: ['MaandvanhetSpannendeBoek', 'thriller', 'detective', 'lezen'],
    x: 'Juni is de Maand van het Spannende Boek! Kom je thrillers en detectives halen bij {{bibliotheek.naam}}. 🕵️',
    targetGroups: [VOLWASSENEN, JONGEREN],
    goal: MARKETING,
    tags: ['spanning', 'thrillers'],
  },
  {
    theme: 'maand-van-het-spannende-boek',
    status: 'PUBLISHED',
    at: '2027-06-08T08:00:00Z',
    title: 'Thrillertips van onze collega’s',
    body: 'Welke thriller hield onze medewerkers tot diep in de nacht wakker? Zij kozen hun favorieten, van klassieke whodunit tot Scandinavische noir. Je vindt ze allemaal in de catalogus: {{bibliotheek.catalogus}}.',
    facebook:
      'Onze collega’s kozen hun favoriete thrillers: van Agatha Christie tot Scandinavische noir. Welke ga jij lezen? Alle tips staan klaar in {{bibliotheek.naam}}.',
    instagram: 'Onze collega’s kozen hun favoriete thrillers 🕯️ Swipe voor de tips!',
    hashtags: ['thrillertips', 'MaandvanhetSpannendeBoek', 'leestips'],
    x: 'Welke thriller hield onze collega’s wakker? Bekijk hun tips en reserveer meteen: {{bibliotheek.catalogus}}',
    targetGroups: [VOLWASSENEN],
    goal: KLANTENBINDING,
    tags: ['leestips', 'thrillers'],
  },
  {
    theme: 'maand-van-het-spannende-boek',
    status: 'SCHEDULED',
    at: '2027-06-16T13:00:00Z',
    title: 'Escape room in de bibliotheek',
    body: 'Los de raadsels op voordat de tijd om is! In de Maand van het Spannende Boek verandert {{bibliotheek.naam}} in een escape room. Voor teams van drie tot vijf spelers vanaf 10 jaar.',
    facebook:
      'Kun jij binnen 45 minuten ontsnappen? In juni verandert {{bibliotheek.naam}} in een escape room vol boekenraadsels. Schrijf je in met je vrienden of je gezin.',
    instagram: 'Kun jij ontsnappen? 🔐 Escape room in de bieb, alleen in juni!',
    hashtags: ['escaperoom', 'MaandvanhetSpannendeBoek', 'bieb'],
    x: 'Escape room in de bibliotheek! Los de boekenraadsels op in 45 minuten. Inschrijven bij {{bibliotheek.naam}}. 🔐',
    targetGroups: [JONGEREN, JEUGD],
    goal: MARKETING,
    tags: ['escaperoom', 'activiteit'],
  },
  {
    theme: 'maand-van-het-spannende-boek',
    status: 'PUBLISHED',
    at: '2027-06-22T08:00:00Z',
    title: 'Spanning voor je oren: luisterboeken',
    body: 'Lezen gaat niet altijd makkelijk, maar luisteren kan altijd. Met de gratis app van de bibliotheek luister je spannende luisterboeken, ook als je slecht ziet. Vraag uitleg bij {{bibliotheek.naam}}.',
    facebook:
      'Ogen moe? Luister dan een spannend boek! Met de luisterboeken-app van de bibliotheek heb je honderden thrillers altijd bij je. Onze medewerkers helpen je graag op weg.',
    instagram: 'Thrillers voor onderweg 🎧 Luisterboeken zijn gratis voor leden!',
    hashtags: ['luisterboek', 'MaandvanhetSpannendeBoek', 'thriller'],
    x: 'Spanning voor je oren: luister gratis thrillers met de app van de bibliotheek. Uitleg bij {{bibliotheek.naam}}. 🎧',
    targetGroups: [SENIOREN, LAAGGELETTERDEN],
    goal: KLANTENBINDING,
    tags: ['luisterboeken', 'thrillers'],
  },
  // Week van de Alfabetisering (september)
  {
    theme: 'week-van-de-alfabetisering',
    status: 'PUBLISHED',
    at: '2026-09-07T07:00:00Z',
    title: 'Lezen en schrijven moeilijk? Je bent niet de enige',
    body: 'In Nederland hebben ongeveer 2,5 miljoen mensen van 16 jaar en ouder moeite met lezen, schrijven of rekenen. In het Taalhuis van {{bibliotheek.naam}} oefen je gratis, in je eigen tempo, met een vrijwilliger.',
    facebook:
      'Moeite met lezen of schrijven? Je bent niet de enige: het geldt voor 2,5 miljoen Nederlanders. In het Taalhuis van {{bibliotheek.naam}} kun je gratis oefenen. Ken je iemand voor wie dit belangrijk is? Deel dit bericht.',
    instagram: 'Lezen en schrijven leer je nooit te laat ✏️ Kom naar het Taalhuis!',
    hashtags: ['WeekvandeAlfabetisering', 'Taalhuis', 'laaggeletterdheid'],
    x: '2,5 miljoen Nederlanders vinden lezen en schrijven moeilijk. Oefen gratis in het Taalhuis van {{bibliotheek.naam}}.',
    targetGroups: [LAAGGELETTERDEN, VOLWASSENEN],
    goal: MARKETING,
    tags: ['taalhuis', 'laaggeletterdheid'],
  },
  {
    theme: 'week-van-de-alfabetisering',
    status: 'PUBLISHED',
    at: '2026-09-08T08:00:00Z',
    title: 'Word taalvrijwilliger',
    body: 'Help iemand beter lezen, schrijven of Nederlands spreken. Als taalvrijwilliger bij {{bibliotheek.naam}} oefen je één keer per week met een taalleerder. Je krijgt een gratis training.',
    facebook:
      'Vandaag is het Internationale Dag van de Alfabetisering. Heb jij één uur per week? Word taalvrijwilliger bij {{bibliotheek.naam}} en help iemand verder. Een training krijg je van ons.',
    instagram: 'Eén uur per week, een wereld van verschil 🌍 Word taalvrijwilliger!',
    hashtags: ['taalvrijwilliger', 'WeekvandeAlfabetisering', 'vrijwilligerswerk'],
    x: 'Heb je één uur per week? Word taalvrijwilliger bij {{bibliotheek.naam}} en help iemand beter lezen en schrijven.',
    linkedin:
      'Laaggeletterdheid raakt ook werknemers. {{bibliotheek.naam}} werkt met werkgevers samen aan taal op de werkvloer en zoekt taalvrijwilligers en partners. Neem contact op via {{bibliotheek.email}}.',
    targetGroups: [VOLWASSENEN, SENIOREN, STUDENTEN],
    goal: NETWERKEN,
    tags: ['vrijwilligers', 'taalhuis'],
  },
  {
    theme: 'week-van-de-alfabetisering',
    status: 'WITHDRAWN',
    withdrawReason:
      'De landelijke open dag van de Taalhuizen is verplaatst; gebruik het nieuwe bericht met de juiste datum.',
    at: '2026-09-10T08:00:00Z',
    title: 'Open dag in het Taalhuis op zaterdag 12 september',
    body: 'Kom kennismaken met het Taalhuis van {{bibliotheek.naam}}: drink een kop koffie met onze vrijwilligers en ontdek hoe je kunt oefenen met lezen, schrijven en de computer.',
    facebook:
      'Zaterdag 12 september is het open dag in het Taalhuis! Loop binnen bij {{bibliotheek.naam}} voor koffie en een praatje met onze vrijwilligers.',
    instagram: 'Open dag in het Taalhuis ☕ Iedereen welkom!',
    hashtags: ['Taalhuis', 'WeekvandeAlfabetisering', 'opendag'],
    x: 'Zaterdag 12 september: open dag in het Taalhuis van {{bibliotheek.naam}}. Loop gerust binnen!',
    targetGroups: [LAAGGELETTERDEN],
    goal: MARKETING,
    tags: ['taalhuis', 'open dag'],
  },
  {
    theme: 'week-van-de-alfabetisering',
    status: 'PUBLISHED',
    at: '2026-09-11T08:00:00Z',
    title: 'Makkelijk lezen: boeken in eenvoudige taal',
    body: 'Spannende, grappige en ontroerende boeken in eenvoudige taal vind je op het Makkelijk Lezen Plein van {{bibliotheek.naam}}. Met korte zinnen en een duidelijke letter, voor volwassenen die liever makkelijk lezen.',
    facebook:
      'Een goed verhaal hoeft niet moeilijk te zijn. Op het Makkelijk Lezen Plein van {{bibliotheek.naam}} vind je boeken met korte zinnen en een duidelijke letter. Kom eens kijken!',
    instagram: 'Goede verhalen in eenvoudige taal 📗 Ontdek het Makkelijk Lezen Plein.',
    hashtags: ['makkelijklezen', 'eenvoudigetaal', 'WeekvandeAlfabetisering'],
    x: 'Goede verhalen in eenvoudige taal: ontdek het Makkelijk Lezen Plein van {{bibliotheek.naam}}.',
    targetGroups: [LAAGGELETTERDEN],
    goal: KLANTENBINDING,
    tags: ['makkelijk lezen', 'eenvoudige taal'],
  },
  // Kinderboekenweek (oktober)
  {
    theme: 'kinderboekenweek',
    status: 'PUBLISHED',
    at: '2026-09-30T06:00:00Z',
    title: 'De Kinderboekenweek is begonnen!',
    body: 'Elf dagen lang is {{bibliotheek.naam}} één groot kinderboekenfeest, met voorleesmomenten, knutselmiddagen en de mooiste nieuwe kinderboeken. Kom snel langs!',
    facebook:
      'Feest in de bieb! De Kinderboekenweek is begonnen. Kom met je kinderen naar {{bibliotheek.naam}} voor voorleesmomenten, knutselmiddagen en stapels nieuwe kinderboeken. Kinderen lenen gratis.',
    instagram: 'Het is Kinderboekenweek 🎉📚 Welk boek neem jij mee naar huis?',
    hashtags: ['Kinderboekenweek', 'kinderboeken', 'bieb', 'lezen'],
    x: 'De Kinderboekenweek is begonnen! Voorlezen, knutselen en nieuwe kinderboeken bij {{bibliotheek.naam}}. 🎉',
    targetGroups: [JEUGD, OUDERS],
    goal: MARKETING,
    tags: ['kinderboekenweek', 'kinderboeken'],
  },
  {
    theme: 'kinderboekenweek',
    status: 'PUBLISHED',
    at: '2026-10-03T08:00:00Z',
    title: 'Speurtocht door de bibliotheek',
    body: 'Zoek de verstopte letters tussen de boekenkasten en ontdek het geheime woord. Wie de speurtocht uitspeelt, krijgt een kleine prijs. Voor kinderen van 6 tot 12 jaar, de hele Kinderboekenweek.',
    facebook:
      'Speurneuzen gezocht! Tijdens de Kinderboekenweek is er een speurtocht door {{bibliotheek.naam}}. Vind alle letters en win een prijsje. Gewoon binnenlopen tijdens de openingstijden: {{bibliotheek.openingstijden}}',
    instagram: 'Speurneuzen gezocht 🔍 Vind jij alle letters?',
    hashtags: ['Kinderboekenweek', 'speurtocht', 'bieb'],
    x: 'Speurtocht door de bieb tijdens de Kinderboekenweek! Vind alle letters en win een prijsje. Openingstijden: {{bibliotheek.openingstijden}}',
    targetGroups: [JEUGD],
    goal: KLANTENBINDING,
    tags: ['kinderboekenweek', 'speurtocht'],
  },
  {
    theme: 'kinderboekenweek',
    status: 'PUBLISHED',
    at: '2026-10-06T14:00:00Z',
    title: 'Kinderboekenschrijver op bezoek',
    body: 'Hoe bedenk je een verhaal? Een kinderboekenschrijver vertelt in {{bibliotheek.naam}} over schrijven, tekenen en de verhalen achter de boeken. Na afloop signeren.',
    facebook:
      'Altijd al willen weten hoe een boek ontstaat? Tijdens de Kinderboekenweek komt een kinderboekenschrijver naar {{bibliotheek.naam}}. Neem je lievelingsboek mee om te laten signeren!',
    instagram: 'Een echte schrijver in de bieb ✍️ Wat zou jij willen vragen?',
    hashtags: ['Kinderboekenweek', 'schrijver', 'kinderboeken'],
    x: 'Een kinderboekenschrijver op bezoek bij {{bibliotheek.naam}}! Kom luisteren en laat je boek signeren.',
    targetGroups: [JEUGD, OUDERS],
    goal: MARKETING,
    tags: ['kinderboekenweek', 'schrijver'],
  },
  {
    theme: 'kinderboekenweek',
    status: 'PUBLISHED',
    at: '2026-09-21T08:00:00Z',
    title: 'Voor leerkrachten: de Kinderboekenweek in de klas',
    body: 'Met een boekenkist, lestips en een bezoek van de leesconsulent brengt {{bibliotheek.naam}} de Kinderboekenweek naar uw klas. Scholen kunnen een boekenkist reserveren via {{bibliotheek.email}}.',
    facebook:
      'Leerkrachten opgelet: reserveer een boekenkist voor de Kinderboekenweek! De leesconsulenten van {{bibliotheek.naam}} helpen u ook met lestips.',
    instagram: 'Juf en meester: de boekenkist voor de Kinderboekenweek staat klaar 📦',
    hashtags: ['Kinderboekenweek', 'onderwijs', 'BibliotheekopSchool'],
    x: 'Leerkrachten: reserveer een boekenkist voor de Kinderboekenweek bij {{bibliotheek.naam}}.',
    linkedin:
      'De Bibliotheek op school: samen met scholen werkt {{bibliotheek.naam}} aan leesplezier. Voor de Kinderboekenweek bieden onze leesconsulenten boekenkisten, lestips en ondersteuning in de klas.',
    targetGroups: [VOLWASSENEN],
    goal: NETWERKEN,
    tags: ['onderwijs', 'kinderboekenweek', 'bibliotheek op school'],
  },
  // Nederland Leest (november)
  {
    theme: 'nederland-leest',
    status: 'PUBLISHED',
    at: '2026-11-01T08:00:00Z',
    title: 'Nederland Leest: samen één boek',
    body: 'In november leest heel Nederland hetzelfde boek. Haal het gratis Nederland Leest-boek op bij {{bibliotheek.naam}}, zolang de voorraad strekt, en praat mee tijdens een van onze leesgesprekken.',
    facebook:
      'Heel Nederland leest deze maand hetzelfde boek, en jij kunt meedoen! Haal je gratis exemplaar op bij {{bibliotheek.naam}} en schuif aan bij een leesgesprek.',
    instagram: 'Eén boek, heel Nederland 🇳🇱📖 Haal je gratis exemplaar!',
    hashtags: ['NederlandLeest', 'lezen', 'bibliotheek'],
    x: 'Nederland Leest: haal het gratis boek op bij {{bibliotheek.naam}} en lees mee met heel Nederland!',
    targetGroups: [VOLWASSENEN, SENIOREN],
    goal: MARKETING,
    tags: ['nederland leest', 'gratis boek'],
  },
  {
    theme: 'nederland-leest',
    status: 'PUBLISHED',
    at: '2026-11-10T18:00:00Z',
    title: 'Leesgesprek: wat vond jij ervan?',
    body: 'Heb je het Nederland Leest-boek uit? Kom dan naar het leesgesprek in {{bibliotheek.naam}}. Onder leiding van een gespreksleider wisselen we ervaringen uit. Aanmelden via {{bibliotheek.website}}.',
    facebook:
      'Praat mee over het Nederland Leest-boek! In het leesgesprek van {{bibliotheek.naam}} delen we wat het boek met ons deed. Koffie en thee staan klaar.',
    instagram: 'Boek uit? Kom erover praten ☕ Leesgesprek Nederland Leest.',
    hashtags: ['NederlandLeest', 'leesgesprek', 'leesclub'],
    x: 'Boek uit? Praat mee in het leesgesprek van {{bibliotheek.naam}}. Aanmelden: {{bibliotheek.website}}',
    linkedin:
      'Leesgesprekken brengen mensen met verschillende achtergronden met elkaar in gesprek. {{bibliotheek.naam}} organiseert ze tijdens Nederland Leest, ook op locatie bij maatschappelijke partners.',
    targetGroups: [VOLWASSENEN, SENIOREN],
    goal: NETWERKEN,
    tags: ['nederland leest', 'leesgesprek'],
  },
  {
    theme: 'nederland-leest',
    status: 'PUBLISHED',
    at: '2026-11-12T18:00:00Z',
    title: 'Nederland Leest – read along in English',
    body: 'New to the Netherlands? Join the Nederland Leest book talk in English at {{bibliotheek.naam}}. Pick up the free book, read it in Dutch or in translation, and meet other readers.',
    facebook:
      'Everyone is welcome at our Nederland Leest book talk in English! Pick up the free book at {{bibliotheek.naam}} and join the conversation.',
    instagram: 'Book talk in English 🇬🇧📚 Join us for Nederland Leest!',
    hashtags: ['NederlandLeest', 'booktalk', 'expats'],
    x: 'Join our Nederland Leest book talk in English at {{bibliotheek.naam}}. Everyone welcome!',
    targetGroups: [VOLWASSENEN, STUDENTEN],
    goal: KLANTENBINDING,
    tags: ['nederland leest', 'english'],
    language: Language.EN,
  },
  {
    theme: 'nederland-leest',
    status: 'PUBLISHED',
    at: '2026-11-24T08:00:00Z',
    title: 'Nederland Leest op school',
    body: 'Ook in het voortgezet onderwijs lezen leerlingen mee met Nederland Leest. {{bibliotheek.naam}} levert de boeken en een lesbrief, en komt graag langs voor een gesprek in de klas.',
    facebook:
      'Leerlingen lezen mee met Nederland Leest! {{bibliotheek.naam}} levert boeken en een lesbrief aan scholen in de regio.',
    instagram: 'Nederland Leest in de klas 🎒📖 Lees jij ook mee?',
    hashtags: ['NederlandLeest', 'school', 'jongeren'],
    x: 'Nederland Leest op school: {{bibliotheek.naam}} levert boeken en een lesbrief aan scholen in de regio.',
    targetGroups: [JONGEREN, STUDENTEN],
    goal: MARKETING,
    tags: ['nederland leest', 'onderwijs'],
  },
  // Week van de Mediawijsheid (november)
  {
    theme: 'week-van-de-mediawijsheid',
    status: 'PUBLISHED',
    at: '2026-11-13T08:00:00Z',
    title: 'Echt of nep? Zo check je nieuws',
    body: 'Een schokkende foto, een bericht dat te mooi is om waar te zijn: hoe weet je of het klopt? In de Week van de Mediawijsheid leer je bij {{bibliotheek.naam}} hoe je nieuws en beelden controleert.',
    facebook:
      'Niet alles wat online staat, is waar. In de Week van de Mediawijsheid geeft {{bibliotheek.naam}} een korte workshop: zo herken je nepnieuws en bewerkte foto’s.',
    instagram: 'Echt of nep? 🤔 Test jezelf in de Week van de Mediawijsheid!',
    hashtags: ['WeekvandeMediawijsheid', 'nepnieuws', 'mediawijs'],
    x: 'Echt of nep? Leer nieuws en foto’s checken in de Week van de Mediawijsheid bij {{bibliotheek.naam}}.',
    targetGroups: [JONGEREN, OUDERS, VOLWASSENEN],
    goal: MARKETING,
    tags: ['mediawijsheid', 'nepnieuws'],
  },
  {
    theme: 'week-van-de-mediawijsheid',
    status: 'PUBLISHED',
    at: '2026-11-16T19:00:00Z',
    title: 'Schermtijd thuis: tips voor ouders',
    body: 'Hoeveel schermtijd is genoeg, en welke apps zijn geschikt? Tijdens de ouderavond in {{bibliotheek.naam}} geeft een mediacoach praktische tips voor gezinnen met kinderen tot 12 jaar.',
    facebook:
      'Ruzie over de tablet? Je bent niet de enige. Kom naar de ouderavond over schermtijd in {{bibliotheek.naam}}: een mediacoach geeft praktische tips.',
    instagram: 'Schermtijd zonder ruzie? 📱 Tips van onze mediacoach.',
    hashtags: ['WeekvandeMediawijsheid', 'schermtijd', 'ouders'],
    x: 'Ouderavond over schermtijd: een mediacoach geeft tips bij {{bibliotheek.naam}}. Gratis, wel aanmelden.',
    targetGroups: [OUDERS],
    goal: KLANTENBINDING,
    tags: ['mediawijsheid', 'schermtijd', 'ouders'],
  },
  {
    theme: 'week-van-de-mediawijsheid',
    status: 'PUBLISHED',
    at: '2026-11-18T08:00:00Z',
    title: 'MediaMasters: de bibliotheek in de klas',
    body: 'Groep 7 en 8 spelen tijdens de Week van de Mediawijsheid het spel MediaMasters. De mediacoaches van {{bibliotheek.naam}} ondersteunen scholen bij het spel en de lessen eromheen.',
    facebook:
      'Honderden klassen spelen deze week MediaMasters. De mediacoaches van {{bibliotheek.naam}} helpen scholen in de regio op weg.',
    instagram: 'Groep 7 en 8 worden MediaMasters 🏆',
    hashtags: ['MediaMasters', 'WeekvandeMediawijsheid', 'onderwijs'],
    x: 'Groep 7 en 8 spelen MediaMasters! De mediacoaches van {{bibliotheek.naam}} helpen scholen op weg.',
    linkedin:
      'Mediawijsheid is een basisvaardigheid. Tijdens de Week van de Mediawijsheid ondersteunen de mediacoaches van {{bibliotheek.naam}} scholen met MediaMasters. Interesse in samenwerking? Mail {{bibliotheek.email}}.',
    targetGroups: [JEUGD],
    goal: NETWERKEN,
    tags: ['mediawijsheid', 'onderwijs', 'mediamasters'],
  },
  {
    theme: 'week-van-de-mediawijsheid',
    status: 'DRAFT',
    at: '2026-11-27T08:00:00Z',
    title: 'Terugblik: de Week van de Mediawijsheid',
    body: 'Workshops over nepnieuws, een ouderavond over schermtijd en MediaMasters in de klas: zo zag de Week van de Mediawijsheid eruit bij {{bibliotheek.naam}}.',
    facebook: 'Wat een week! Bedankt aan iedereen die meedeed aan de Week van de Mediawijsheid.',
    instagram: 'Terugblik op een mediawijze week 📸',
    hashtags: ['WeekvandeMediawijsheid', 'terugblik'],
    x: 'Bedankt aan iedereen die meedeed aan de Week van de Mediawijsheid bij {{bibliotheek.naam}}!',
    targetGroups: [VOLWASSENEN, OUDERS],
    goal: KLANTENBINDING,
    tags: ['mediawijsheid', 'terugblik'],
  },
  // Standing themes
  {
    theme: 'digitale-vaardigheden',
    status: 'PUBLISHED',
    at: '2026-12-01T08:00:00Z',
    title: 'Hulp bij DigiD en de digitale overheid',
    body: 'Zorgtoeslag aanvragen, je DigiD instellen of je belastingaangifte doen: bij het Informatiepunt Digitale Overheid in {{bibliotheek.naam}} helpen we je gratis op weg. Kijk voor de spreekuren op {{bibliotheek.openingstijden}}.',
    facebook:
      'Vastgelopen met DigiD of een formulier van de overheid? Kom naar het Informatiepunt Digitale Overheid in {{bibliotheek.naam}}. Gratis en zonder afspraak.',
    instagram: 'DigiD kwijt? Wij helpen je gratis 💻',
    hashtags: ['DigitaleOverheid', 'DigiD', 'digitalevaardigheden'],
    x: 'Hulp nodig met DigiD of de digitale overheid? Kom gratis langs bij {{bibliotheek.naam}}. Spreekuren: {{bibliotheek.openingstijden}}',
    targetGroups: [SENIOREN, LAAGGELETTERDEN, VOLWASSENEN],
    goal: KLANTENBINDING,
    tags: ['digid', 'digitale overheid', 'spreekuur'],
  },
  {
    theme: 'digitale-vaardigheden',
    status: 'SCHEDULED',
    at: '2027-02-02T08:00:00Z',
    title: 'Cursus Klik & Tik: de basis van de computer',
    body: 'Nog nooit met een computer gewerkt? In de cursus Klik & Tik leer je in je eigen tempo de basis: de muis, het toetsenbord en veilig internetten. De cursus in {{bibliotheek.naam}} is gratis.',
    facebook:
      'Leer in je eigen tempo werken met de computer! De cursus Klik & Tik in {{bibliotheek.naam}} is gratis en er is altijd een vrijwilliger om te helpen.',
    instagram: 'Nooit te oud om te leren 🖱️ Gratis cursus Klik & Tik.',
    hashtags: ['KlikenTik', 'digitalevaardigheden', 'cursus'],
    x: 'Gratis cursus Klik & Tik bij {{bibliotheek.naam}}: leer de basis van de computer in je eigen tempo.',
    targetGroups: [SENIOREN, LAAGGELETTERDEN],
    goal: MARKETING,
    tags: ['cursus', 'computer'],
  },
  {
    theme: 'leesbevordering',
    status: 'PUBLISHED',
    at: '2026-12-08T08:00:00Z',
    title: 'BoekStart: lezen met je baby',
    body: 'Het is nooit te vroeg om te beginnen met voorlezen. Word gratis lid voor je baby en haal het BoekStart-koffertje op bij {{bibliotheek.naam}}, met twee boekjes en tips voor ouders.',
    facebook:
      'Voorlezen aan je baby? Jazeker! Word gratis lid voor je kleintje en haal het BoekStart-koffertje op bij {{bibliotheek.naam}}.',
    instagram: 'Het eerste boekenkoffertje 🧳👶 Haal het gratis op!',
    hashtags: ['BoekStart', 'voorlezen', 'baby'],
    x: 'Word gratis lid voor je baby en haal het BoekStart-koffertje op bij {{bibliotheek.naam}}!',
    targetGroups: [OUDERS],
    goal: MARKETING,
    tags: ['boekstart', 'baby', 'voorlezen'],
  },
  {
    theme: 'activiteiten',
    status: 'PUBLISHED',
    at: '2026-12-19T08:00:00Z',
    title: 'Kerstvakantie in de bibliotheek',
    body: 'Knutselen, gamen, voorlezen en een filmmiddag: in de kerstvakantie is er elke dag iets te doen in {{bibliotheek.naam}}. Bekijk het programma op {{bibliotheek.website}}.',
    facebook:
      'Vakantie! Verveel je niet en kom naar {{bibliotheek.naam}}: elke dag is er iets te doen, van knutselen tot een filmmiddag.',
    instagram: 'Kerstvakantie in de bieb 🎄 Elke dag iets te doen!',
    hashtags: ['kerstvakantie', 'bieb', 'activiteiten'],
    x: 'Kerstvakantie? Elke dag iets te doen in {{bibliotheek.naam}}! Programma: {{bibliotheek.website}}',
    targetGroups: [JEUGD, OUDERS],
    goal: KLANTENBINDING,
    tags: ['vakantie', 'activiteiten'],
  },
];

const DAY = 86_400_000;

function inputOf(post: DemoPost, themeId: string | undefined): CreatePostInput {
  const at = new Date(post.at);
  const variants = [
    { channel: Channel.FACEBOOK, text: post.facebook, hashtags: [], link: SITE },
    { channel: Channel.INSTAGRAM, text: post.instagram, hashtags: post.hashtags },
    { channel: Channel.X, text: post.x, hashtags: post.hashtags.slice(0, 2) },
    ...(post.linkedin ? [{ channel: Channel.LINKEDIN, text: post.linkedin, hashtags: [], link: SITE }] : []),
  ];
  return {
    title: post.title,
    body: post.body,
    themeId,
    targetGroups: post.targetGroups,
    goal: post.goal,
    language: post.language ?? Language.NL,
    tags: post.tags,
    variants,
    suggestedPublishAt: at,
    availableFrom: new Date(at.getTime() - 14 * DAY),
    availableUntil: new Date(at.getTime() + 45 * DAY),
  };
}

/**
 * Themes, campaigns and posts for the demo, written through ThemeService and PostService as a central
 * editor, so every one gets its revisions and audit entries like real editorial work.
 */
export async function seedDemoContent(
  app: INestApplicationContext,
  editor: Actor,
): Promise<{ themes: number; posts: number }> {
  const themes = app.get(ThemeService);
  const posts = app.get(PostService);
  const themeIds = new Map<string, string>();
  for (const theme of DEMO_THEMES) themeIds.set(theme.slug, (await themes.create(editor, theme)).id);
  const seedPost = async (demo: DemoPost) => {
    let post = await posts.create(editor, inputOf(demo, themeIds.get(demo.theme)));
    if (demo.status === 'PUBLISHED' || demo.status === 'WITHDRAWN') {
      post = await posts.publish(editor, post.id, post.version);
    }
    if (demo.status === 'WITHDRAWN') {
      post = await posts.withdraw(editor, post.id, post.version, demo.withdrawReason ?? 'Ingetrokken');
    }
    if (demo.status === 'SCHEDULED') {
      // Released to libraries a week ahead of the suggested date (or tomorrow, when that has passed).
      const release = Math.max(new Date(demo.at).getTime() - 7 * DAY, Date.now() + DAY);
      await posts.schedule(editor, post.id, post.version, new Date(release));
    }
  };
  // A few at a time: every post is several short transactions, and a first start waits for the seed.
  const queue = [...DEMO_POSTS];
  const worker = async () => {
    for (let demo = queue.shift(); demo; demo = queue.shift()) await seedPost(demo);
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return { themes: DEMO_THEMES.length, posts: DEMO_POSTS.length };
}
