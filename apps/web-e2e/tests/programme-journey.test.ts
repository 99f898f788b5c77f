/*
 * The programme journey, in the real app against the real API: a library records a training →
 * a central editor verifies it → the national dashboard's "trained" counter goes up by one (the last
 * step of issue 9's main journey). Also: a rejection needs a comment and the library sees it, the
 * seven-step strategy wizard, a central admin changing a period's target (the dashboard follows), and
 * a library's own version of a post with upstream changes to keep or take. Screenshots of the
 * dashboard, the programme pages and the overrides screen.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CENTRAL_ADMIN,
  CENTRAL_EDITOR,
  TINY_PNG,
  expectAccessible,
  graphqlAs,
  launchBrowser,
  login,
  openPage,
  review,
  screenshotOnFailure,
} from '../src/browser';

let browser: Browser;
let editor: Page;
let library: Page;
// A library of its own, so the counts it changes are known whatever ran before.
const suffix = Date.now().toString(36).slice(-5);
const libraryName = `Bibliotheek Oosterhout ${suffix}`;
const libraryEmail = `programma-${suffix}@bibliotheekoosterhout.nl`;

beforeAll(async () => {
  browser = await launchBrowser();
  const { createTenant } = await graphqlAs<{ createTenant: { id: string } }>(
    CENTRAL_ADMIN,
    'mutation($input: CreateTenantInput!) { createTenant(input: $input) { id } }',
    {
      input: {
        name: libraryName,
        slug: `oosterhout-${suffix}`,
        province: 'NOORD_BRABANT',
        city: 'Oosterhout',
      },
    },
  );
  await graphqlAs(CENTRAL_ADMIN, 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', {
    input: {
      email: libraryEmail,
      name: 'Olga van Oosterhout',
      // The demo password, so graphqlAs can act as this user too.
      password: 'BiblioHub-demo-2026!',
      role: 'LIBRARY_ADMIN',
      tenantId: createTenant.id,
    },
  });
  editor = await openPage(browser, '/');
  await login(editor, CENTRAL_EDITOR);
  library = await openPage(browser, '/');
  await login(library, libraryEmail);
});
afterAll(async () => {
  await browser?.close();
});
screenshotOnFailure(() => browser);

const heading = (p: Page, name: string | RegExp) => p.getByRole('heading', { level: 1, name }).waitFor();
const go = (p: Page, path: string) => p.goto(new URL(path, p.url()).href);
const loaded = (p: Page) =>
  p
    .getByRole('status')
    .filter({ hasText: /^(Laden…|Loading…)$/ })
    .first()
    .waitFor({ state: 'detached' });
/** The number on a dashboard counter ("10 van 167"). */
const counter = async (p: Page, phase: string) =>
  Number(
    await p
      .getByRole('region', { name: phase, exact: true })
      .locator('.counter-card__achieved')
      .textContent(),
  );
const phaseCard = (p: Page, phase: string) => p.getByRole('region', { name: phase, exact: true });

describe('programme journey', () => {
  let trainedBefore = 0;

  it('central staff see the three phases against their targets on the dashboard', async () => {
    await editor
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Dashboard' })
      .click();
    await heading(editor, 'Landelijk dashboard');
    await editor.getByText(/van 167$/).waitFor();
    await editor.getByText(/van 125$/).waitFor();
    await editor.getByText(/van 50$/).waitFor();
    trainedBefore = await counter(editor, 'Getraind in de digitale visie');
    expect(trainedBefore).toBeGreaterThan(0);
    // Every chart has its numbers as a table, too.
    await editor.getByText('Cijfers als tabel').first().click();
    await editor.getByRole('table', { name: 'Trend' }).waitFor();
    await loaded(editor);
    await review(editor, 'dashboard');
  });

  it('a library records a training; its form says what is missing', async () => {
    await library
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Programma' })
      .click();
    await heading(library, 'Programma');
    await phaseCard(library, 'Getraind in de digitale visie').getByText('Niet gestart').waitFor();

    const parts = library.getByRole('navigation', { name: 'Onderdelen van het programma' });
    await parts.getByRole('link', { name: 'Trainingen' }).click();
    await heading(library, 'Trainingen');
    await library.getByText('Nog geen trainingen vastgelegd.').waitFor();
    await library.getByRole('button', { name: 'Training vastleggen' }).click();
    const dialog = library.getByRole('dialog', { name: 'Training vastleggen' });
    await dialog.getByRole('button', { name: 'Training opslaan' }).click();
    await expect.poll(() => dialog.getByText('Vul dit veld in.').count()).toBe(3);
    await expectAccessible(library, 'training dialog with errors');
    await review(library, 'programme-training-dialog-error', { fullPage: false });

    await dialog.getByLabel('Module').fill('Digitale visie, basis');
    await dialog.getByLabel('Aanbieder').fill('Cubiss');
    await dialog.getByLabel('Medewerkers').fill('4');
    // The certificate goes through the asset upload and is attached to the training.
    await dialog
      .getByLabel('Certificaat uploaden')
      .setInputFiles({ name: 'certificaat.png', mimeType: 'image/png', buffer: TINY_PNG });
    await dialog.getByRole('link', { name: /^Certificaat bekijken: certificaat\.png/ }).waitFor();
    await dialog.getByRole('button', { name: 'Training opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = library.getByRole('row', { name: /Digitale visie, basis/ });
    await row.getByText('Wacht op beoordeling').waitFor();
    await row.getByRole('link', { name: /^Certificaat bekijken/ }).waitFor();
    await library.getByText('Opgeslagen. Het landelijk bureau beoordeelt het.').waitFor();
    await review(library, 'programme-trainings');

    await parts.getByRole('link', { name: 'Overzicht' }).click();
    await phaseCard(library, 'Getraind in de digitale visie').getByText('Bezig').waitFor();
    await library.getByText('1 stuk bewijs wacht op beoordeling door het landelijk bureau.').waitFor();
    await loaded(library);
    await review(library, 'programme');
  });

  it('a central editor verifies it, after a confirmation', async () => {
    await go(editor, '/bewijs');
    await heading(editor, 'Bewijs beoordelen');
    await editor.getByLabel('Bibliotheek').selectOption({ label: libraryName });
    const row = editor.getByRole('row', { name: /Digitale visie, basis/ });
    await row.waitFor();
    // The reviewer can open the library's certificate (its asset page) from the queue.
    await row.getByRole('link', { name: /^Certificaat bekijken Training Digitale visie, basis/ }).waitFor();
    await review(editor, 'evidence-queue');
    await row.getByRole('button', { name: /^Verifiëren/ }).click();
    const confirm = editor.getByRole('alertdialog', { name: 'Bewijs verifiëren?' });
    await confirm.getByText(libraryName, { exact: false }).waitFor();
    await expectAccessible(editor, 'verify dialog');
    await confirm.getByRole('button', { name: 'Verifiëren' }).click();
    await editor.getByText('Er wacht niets op beoordeling.').waitFor();
  });

  it('the dashboard counts one more trained library, and the library sees its phase achieved', async () => {
    await go(editor, '/dashboard');
    await heading(editor, 'Landelijk dashboard');
    await expect.poll(() => counter(editor, 'Getraind in de digitale visie')).toBe(trainedBefore + 1);
    await editor.getByRole('searchbox', { name: 'Zoeken op naam of plaats' }).fill(`Oosterhout ${suffix}`);
    const row = editor.getByRole('row', { name: new RegExp(libraryName) });
    await row.getByText('Behaald').waitFor();
    await expect
      .poll(() => editor.getByRole('table', { name: 'Bibliotheken' }).locator('tbody tr').count())
      .toBe(1);
    await review(editor, 'dashboard-after-verification');

    // The library's own page on the dashboard, as central staff see it.
    await row.getByRole('link', { name: libraryName }).click();
    await heading(editor, libraryName);
    await phaseCard(editor, 'Getraind in de digitale visie').getByText('Behaald').waitFor();
    await loaded(editor);
    await review(editor, 'library-programme');

    await library.reload();
    await phaseCard(library, 'Getraind in de digitale visie').getByText('Behaald').waitFor();
    await library.getByText('Getraind in de digitale visie: Bezig → Behaald').waitFor();
  });

  it('a rejection needs a comment, which the library then sees', async () => {
    await graphqlAs(libraryEmail, 'mutation($input: TrainingInput!) { saveTraining(input: $input) { id } }', {
      input: { date: '2026-01-12', module: 'Webcare voor beginners', provider: 'Rijnbrink', staffCount: 2 },
    });
    await go(editor, '/bewijs');
    await editor.getByLabel('Bibliotheek').selectOption({ label: libraryName });
    await editor
      .getByRole('row', { name: /Webcare voor beginners/ })
      .getByRole('button', { name: /^Afkeuren/ })
      .click();
    const dialog = editor.getByRole('dialog', { name: 'Bewijs afkeuren' });
    await dialog.getByRole('button', { name: 'Afkeuren' }).click();
    await dialog.getByText('Schrijf op waarom; de bibliotheek ziet het.').waitFor();
    await expectAccessible(editor, 'reject dialog with error');
    await review(editor, 'evidence-reject-dialog', { fullPage: false });
    await dialog.getByLabel('Toelichting voor de bibliotheek').fill('Graag het certificaat erbij.');
    await dialog.getByRole('button', { name: 'Afkeuren' }).click();
    await editor.getByText('Er wacht niets op beoordeling.').waitFor();

    await go(library, '/programma/trainingen');
    const row = library.getByRole('row', { name: /Webcare voor beginners/ });
    await row.getByText('Afgekeurd').waitFor();
    await row.getByText('Toelichting: Graag het certificaat erbij.').waitFor();
    // Unverified evidence can go, after a confirmation; verified evidence cannot.
    expect(
      await library
        .getByRole('row', { name: /Digitale visie, basis/ })
        .getByRole('button', { name: /^Verwijderen/ })
        .count(),
    ).toBe(0);
    await row.getByRole('button', { name: /^Verwijderen/ }).click();
    await library
      .getByRole('alertdialog', { name: 'Bewijs verwijderen?' })
      .getByRole('button', { name: 'Verwijderen' })
      .click();
    await row.waitFor({ state: 'detached' });
  });

  it('the library writes its strategy in seven steps and saves it for review', async () => {
    await go(library, '/programma/strategie');
    await heading(library, 'Social-media-strategie');
    const next = async () => {
      await library.getByRole('button', { name: 'Volgende stap' }).click();
      // Focus moves to the new step's heading.
      await expect.poll(() => library.evaluate(() => document.activeElement?.id)).toBe('stap-titel');
    };
    await library.getByLabel('Online doel 1').fill('Meer gesprekken met inwoners');
    await library.getByLabel('Offline doel 1').fill('Meer deelnemers aan activiteiten');
    await library.getByText('Deze stap is ingevuld.').waitFor();
    await next();
    await library.getByLabel('Soort doelgroep').selectOption({ label: 'Ouders' });
    await library.getByLabel('Mediagebruik', { exact: true }).fill('Instagram, ’s avonds');
    await next();
    await library
      .getByLabel('Missie', { exact: true })
      .fill('Wij verbinden Oosterhout met verhalen en elkaar.');
    await next();
    await library.getByLabel('Soort doel').selectOption({ label: 'Naamsbekendheid' });
    await library.getByLabel('Omschrijving van het doel').fill('Activiteiten bekender maken');
    await next();
    await library.getByLabel('KPI 1: wat je meet').fill('Volgers');
    await library.getByLabel('Meetwaarde').selectOption({ label: 'Volgers' });
    await next();
    await library.getByLabel('Wat je doet').fill('Elke dag een bericht uit BiblioHub');
    await library.getByLabel('Instagram').check();
    await next();
    await library.getByLabel(/^Meetmethode voor/).fill('Elk kwartaal volgers tellen');
    await library.getByText('Deze stap is ingevuld.').waitFor();
    // Every step is marked done in the step list.
    expect(await library.getByRole('button', { name: /\(ingevuld\)$/ }).count()).toBe(7);
    await library.getByRole('button', { name: 'Strategie opslaan' }).click();
    await library.getByText('Versie 1 is opgeslagen en wacht op beoordeling.').waitFor();
    await library.getByRole('heading', { name: 'Versie 1' }).waitFor();
    await review(library, 'programme-strategy');
  });

  it('the library records a channel and a KPI measurement', async () => {
    await go(library, '/programma/aanwezigheid');
    await heading(library, 'Beleid en kanalen');
    await library.getByRole('button', { name: 'Kanaal toevoegen' }).click();
    const dialog = library.getByRole('dialog', { name: 'Kanaal toevoegen' });
    await dialog.getByLabel('Kanaal', { exact: true }).selectOption('INSTAGRAM');
    await dialog.getByLabel('Accountnaam').fill('@bieboosterhout');
    await dialog.getByRole('button', { name: 'Kanaal opslaan' }).click();
    await library.getByText('Instagram @bieboosterhout is vastgelegd en wacht op beoordeling.').waitFor();

    await library.getByRole('button', { name: 'Meting voor Instagram @bieboosterhout' }).click();
    const kpi = library.getByRole('dialog', { name: 'Meting: Instagram @bieboosterhout' });
    await kpi.getByRole('button', { name: 'Meting opslaan' }).click();
    await expect.poll(() => kpi.getByText('Vul dit veld in.').count()).toBe(5);
    await expectAccessible(library, 'KPI dialog with errors');
    for (const [label, value] of [
      ['Volgers', '812'],
      ['Berichten', '14'],
      ['Interacties', '96'],
      ['Gedeeld', '11'],
      ['Websitebezoek', '23'],
    ])
      await kpi.getByLabel(label, { exact: true }).fill(value);
    await kpi.getByRole('button', { name: 'Meting opslaan' }).click();
    await library.getByRole('table', { name: 'KPI-metingen, de nieuwste eerst' }).getByText('812').waitFor();
    await review(library, 'programme-presence');
  });
});

describe('programme settings', () => {
  let admin: Page;
  beforeAll(async () => {
    admin = await openPage(browser, '/');
    await login(admin, CENTRAL_ADMIN);
  });
  afterAll(async () => {
    // Put the seeded target back, so later files see the national 167 again.
    const { programmePeriods } = await graphqlAs<{
      programmePeriods: { id: string; name: string; startsOn: string; targetDate: string; version: number }[];
    }>(CENTRAL_ADMIN, '{ programmePeriods { id name startsOn targetDate version } }');
    const [period] = programmePeriods;
    if (period)
      await graphqlAs(
        CENTRAL_ADMIN,
        'mutation($input: PeriodInput!, $id: ID, $version: Int) { saveProgrammePeriod(input: $input, id: $id, version: $version) { id } }',
        {
          id: period.id,
          version: period.version,
          input: { name: period.name, startsOn: period.startsOn, targetDate: period.targetDate },
        },
      );
    await admin?.close();
  });

  it('a central admin changes a period target, and the dashboard measures against it', async () => {
    await go(admin, '/dashboard');
    await heading(admin, 'Landelijk dashboard');
    await admin.getByRole('link', { name: 'Programma-instellingen' }).click();
    await heading(admin, 'Programma-instellingen');
    await loaded(admin);
    const periods = admin.getByRole('table', { name: 'Programmaperioden en doelstellingen' });
    await periods
      .getByRole('button', { name: /^Wijzigen/ })
      .first()
      .click();
    const dialog = admin.getByRole('dialog', { name: /^Periode wijzigen: / });
    await dialog.getByLabel('Getraind', { exact: true }).fill('');
    await dialog.getByRole('button', { name: 'Periode opslaan' }).click();
    await dialog.getByText('Vul dit veld in.').waitFor();
    await expectAccessible(admin, 'period dialog with error');
    await dialog.getByLabel('Getraind', { exact: true }).fill('170');
    await dialog.getByRole('button', { name: 'Periode opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });
    await admin.getByText(/^Periode ".+" is opgeslagen\./).waitFor();
    await periods.getByRole('cell', { name: '170', exact: true }).waitFor();

    // Criteria changes re-derive every library: the admin is asked first, and told so.
    await admin.getByRole('button', { name: 'Criteria opslaan' }).click();
    const confirm = admin.getByRole('alertdialog', { name: 'Criteria wijzigen?' });
    await confirm.getByText(/De fasestatus van elke bibliotheek wordt direct opnieuw bepaald/).waitFor();
    await expectAccessible(admin, 'criteria confirmation');
    await review(admin, 'programme-settings-confirm', { fullPage: false });
    await confirm.getByRole('button', { name: 'Annuleren' }).click();
    await confirm.waitFor({ state: 'detached' });

    await go(admin, '/dashboard');
    await heading(admin, 'Landelijk dashboard');
    await phaseCard(admin, 'Getraind in de digitale visie')
      .getByText(/van 170$/)
      .waitFor();
  });
});

describe('a library’s own version of a post', () => {
  let title = '';
  let postId = '';

  beforeAll(async () => {
    const { feed } = await graphqlAs<{ feed: { nodes: { id: string; title: string }[] } }>(
      libraryEmail,
      '{ feed(first: 1, search: "MediaMasters") { nodes { id title } } }',
    );
    postId = feed.nodes[0].id;
    title = feed.nodes[0].title;
  });

  it('the library changes its copy field by field', async () => {
    await go(library, '/feed');
    await heading(library, 'Berichten voor jou');
    await library.getByRole('searchbox', { name: 'Zoeken' }).fill('MediaMasters');
    await library.getByText('1 bericht getoond').waitFor();
    await library
      .getByRole('article', { name: title })
      .getByRole('link', { name: /^Eigen versie maken/ })
      .click();
    await heading(library, `Eigen versie: ${title}`);
    await library.getByText('Je hebt nog niets aangepast: alle velden volgen de landelijke tekst.').waitFor();
    await library.getByRole('button', { name: 'Eigen versie opslaan' }).click();
    await library.getByText('Je hebt niets gewijzigd.').waitFor();

    await library.getByLabel('Titel', { exact: true }).fill('MediaMasters in Oosterhout');
    await library
      .getByLabel('Hoofdtekst')
      .fill('Groep 7 en 8 in Oosterhout spelen MediaMasters met {{bibliotheek.naam}}.');
    await library.getByRole('button', { name: 'Eigen versie opslaan' }).click();
    await library.getByText('Je eigen versie is opgeslagen.', { exact: false }).waitFor();
    await expect.poll(() => library.getByText('Eigen versie', { exact: true }).count()).toBe(2);
  });

  it('central editors change those fields; the library keeps one and takes the other', async () => {
    const { post } = await graphqlAs<{ post: { version: number; title: string; body: string } }>(
      CENTRAL_EDITOR,
      'query($id: ID!) { post(id: $id) { version title body } }',
      { id: postId },
    );
    await graphqlAs(
      CENTRAL_EDITOR,
      'mutation($id: ID!, $input: UpdatePostInput!) { updatePost(id: $id, input: $input) { id } }',
      {
        id: postId,
        input: {
          version: post.version,
          title: `${post.title} – met nieuwe lessen`,
          body: `${post.body} Nieuw: lessen voor ouders.`,
        },
      },
    );

    await go(library, '/feed');
    await library.getByRole('searchbox', { name: 'Zoeken' }).fill('MediaMasters');
    await library.getByText('1 bericht getoond').waitFor();
    const card = library.getByRole('article', { name: 'MediaMasters in Oosterhout' });
    await card.getByText('Landelijk gewijzigd: 2 velden').waitFor();
    await card.getByRole('link', { name: /^Wijzigingen bekijken/ }).click();

    const changes = library.getByRole('region', { name: 'Landelijk gewijzigd' });
    await changes.getByText(`${post.title} – met nieuwe lessen`).waitFor();
    await changes.getByText('MediaMasters in Oosterhout').waitFor();
    await loaded(library);
    await review(library, 'override');

    await changes.getByRole('button', { name: /^Eigen versie houden\s*: Titel$/ }).click();
    await library.getByText('Je houdt je eigen versie van "Titel".').waitFor();
    await changes.getByRole('button', { name: /^Landelijke versie overnemen\s*: Hoofdtekst$/ }).click();
    const confirm = library.getByRole('alertdialog', { name: 'Landelijke versie overnemen?' });
    await expectAccessible(library, 'take the central version dialog');
    await confirm.getByRole('button', { name: 'Landelijke versie overnemen' }).click();
    await library.getByText('"Hoofdtekst" volgt weer de landelijke tekst.').waitFor();
    await changes.waitFor({ state: 'detached' });
    expect(await library.getByLabel('Titel', { exact: true }).inputValue()).toBe(
      'MediaMasters in Oosterhout',
    );
    expect(await library.getByLabel('Hoofdtekst').inputValue()).toContain('Nieuw: lessen voor ouders.');
  });
});
