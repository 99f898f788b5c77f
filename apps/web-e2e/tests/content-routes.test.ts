/*
 * Every screen of the content hub, the national dashboard and the programme pages, for central
 * editors and libraries, in Dutch and English, on a desktop and at 320 px: no WCAG 2.1 A/AA
 * violations (axe), no sideways scrolling on a phone, and the dialogs and form errors checked too.
 * The Dutch desktop run saves a screenshot of each screen.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CENTRAL_ADMIN,
  CENTRAL_EDITOR,
  DESKTOP,
  LIBRARY_ADMIN,
  PHONE,
  TINY_PNG,
  expectAccessible,
  graphqlAs,
  launchBrowser,
  login,
  openPage,
  review,
  screenshotOnFailure,
  uploadAssetAs,
} from '../src/browser';

let browser: Browser;
let postId = '';
let submissionId = '';
let assetId = '';
let libraryId = '';

beforeAll(async () => {
  browser = await launchBrowser();
  const { posts } = await graphqlAs<{ posts: { nodes: { id: string }[] } }>(
    CENTRAL_EDITOR,
    '{ posts(first: 1, search: "voorleesontbijt") { nodes { id } } }',
  );
  postId = posts.nodes[0].id;
  const { createSubmission } = await graphqlAs<{ createSubmission: { id: string } }>(
    LIBRARY_ADMIN,
    `mutation($input: SubmissionInput!) { createSubmission(input: $input, submit: true) { id } }`,
    {
      input: {
        title: 'Taalcafé in de bibliotheek',
        body: 'Elke dinsdag oefenen nieuwkomers Nederlands met vrijwilligers.',
        mayShare: true,
        variants: [{ channel: 'FACEBOOK', text: 'Praat mee in het Taalcafé, elke dinsdag om 10 uur.' }],
      },
    },
  );
  submissionId = createSubmission.id;
  const { me } = await graphqlAs<{ me: { tenant: { id: string } } }>(
    LIBRARY_ADMIN,
    '{ me { tenant { id } } }',
  );
  libraryId = me.tenant.id;
  assetId = await uploadAssetAs(CENTRAL_EDITOR, 'PHOTO', 'leeshoek.png', TINY_PNG, {
    title: 'Leeshoek in de bibliotheek',
    altText: 'Een leeshoek met fauteuils en boekenkasten',
    rights: { owner: 'Bibliotheek.nl', creditLine: 'Foto: Bibliotheek.nl' },
  });
});
afterAll(async () => {
  await browser?.close();
});
screenshotOnFailure(() => browser);

type Lang = 'nl' | 'en';
interface Screen {
  path: () => string;
  /** Something on the screen that shows it has loaded, in the given language. */
  ready: (lang: Lang) => string | RegExp;
  shot: string;
}

const EDITOR_SCREENS: Screen[] = [
  { path: () => '/berichten', ready: (l) => (l === 'nl' ? 'Berichten' : 'Posts'), shot: 'content-library' },
  {
    path: () => '/berichten?weergave=kalender',
    ready: (l) => (l === 'nl' ? 'Campagnes in deze maand' : 'Campaigns this month'),
    shot: 'content-calendar-month',
  },
  {
    path: () => '/berichten/nieuw',
    ready: (l) => (l === 'nl' ? 'Nieuw bericht' : 'New post'),
    shot: 'post-new',
  },
  {
    path: () => `/berichten/${postId}`,
    ready: (l) => (l === 'nl' ? 'Versies' : 'Versions'),
    shot: 'post-edit',
  },
  {
    path: () => `/berichten/${postId}/gebruik`,
    ready: (l) => (l === 'nl' ? /^Gebruik: / : /^Usage: /),
    shot: 'post-usage-page',
  },
  {
    path: () => '/themas',
    ready: (l) => (l === 'nl' ? "Thema's en campagnes" : 'Themes and campaigns'),
    shot: 'themes',
  },
  {
    path: () => '/beoordelen',
    ready: (l) => (l === 'nl' ? 'Beoordelen' : 'Review'),
    shot: 'review-queue-page',
  },
  {
    path: () => `/beoordelen/${submissionId}`,
    ready: (l) => (l === 'nl' ? 'Verloop' : 'Timeline'),
    shot: 'review-submission',
  },
  {
    path: () => '/gebruik',
    ready: (l) => (l === 'nl' ? 'Gebruik door bibliotheken' : 'Usage by libraries'),
    shot: 'usage-inactive',
  },
  {
    path: () => '/meldingen',
    ready: (l) => (l === 'nl' ? 'Meldingen' : 'Notifications'),
    shot: 'notifications',
  },
  {
    path: () => '/beeldmateriaal',
    ready: (l) => (l === 'nl' ? 'Uploaden' : 'Upload'),
    shot: 'assets-library',
  },
  {
    path: () => `/beeldmateriaal/${assetId}`,
    ready: (l) => (l === 'nl' ? 'Gegevens' : 'Details'),
    shot: 'asset-page',
  },
  { path: () => '/huisstijl', ready: (l) => (l === 'nl' ? 'Kleuren' : 'Colours'), shot: 'brand-kit' },
  {
    path: () => '/dashboard',
    ready: (l) => (l === 'nl' ? 'Landelijk dashboard' : 'National dashboard'),
    shot: 'programme-dashboard',
  },
  {
    path: () => '/bewijs',
    ready: (l) => (l === 'nl' ? 'Bewijs beoordelen' : 'Review evidence'),
    shot: 'programme-evidence-queue',
  },
  {
    path: () => `/dashboard/bibliotheken/${libraryId}`,
    ready: (l) => (l === 'nl' ? 'Wacht op beoordeling' : 'Awaiting review'),
    shot: 'programme-library-page',
  },
  {
    path: () => '/berichten/importeren',
    ready: (l) => (l === 'nl' ? 'Bestand uploaden' : 'Upload a file'),
    shot: 'post-import',
  },
];

/** Screens only central admins open. */
const ADMIN_SCREENS: Screen[] = [
  {
    path: () => '/dashboard/instellingen',
    ready: (l) => (l === 'nl' ? 'Criteria per fase' : 'Criteria per phase'),
    shot: 'programme-settings',
  },
];

const LIBRARY_SCREENS: Screen[] = [
  {
    path: () => '/feed',
    ready: (l) => (l === 'nl' ? 'Berichten voor jou' : 'Posts for you'),
    shot: 'library-feed',
  },
  {
    path: () => '/abonnement',
    ready: (l) => (l === 'nl' ? 'Abonnement' : 'Subscription'),
    shot: 'subscription',
  },
  {
    path: () => '/inzendingen',
    ready: (l) => (l === 'nl' ? 'Inzendingen' : 'Submissions'),
    shot: 'submissions',
  },
  {
    path: () => '/inzendingen/nieuw',
    ready: (l) => (l === 'nl' ? 'Nieuwe inzending' : 'New submission'),
    shot: 'submission-new',
  },
  {
    path: () => `/inzendingen/${submissionId}`,
    ready: (l) => (l === 'nl' ? 'Verloop' : 'Timeline'),
    shot: 'submission-detail',
  },
  { path: () => '/api-sleutels', ready: () => 'Webhooks', shot: 'integrations' },
  {
    path: () => '/meldingen',
    ready: (l) => (l === 'nl' ? 'Meldingen' : 'Notifications'),
    shot: 'notifications-library-page',
  },
  {
    path: () => '/beeldmateriaal',
    ready: (l) => (l === 'nl' ? 'Uploaden' : 'Upload'),
    shot: 'assets-library-library',
  },
  {
    path: () => `/beeldmateriaal/${assetId}`,
    ready: (l) => (l === 'nl' ? 'Gegevens' : 'Details'),
    shot: 'asset-page-library',
  },
  { path: () => '/huisstijl', ready: (l) => (l === 'nl' ? 'Kleuren' : 'Colours'), shot: 'brand-kit-library' },
  {
    path: () => '/programma',
    ready: (l) => (l === 'nl' ? 'Geschiedenis' : 'History'),
    shot: 'programme-overview',
  },
  {
    path: () => '/programma/trainingen',
    ready: (l) => (l === 'nl' ? 'Trainingen' : 'Trainings'),
    shot: 'programme-trainings-library',
  },
  {
    path: () => '/programma/strategie?stap=5',
    ready: (l) => (l === 'nl' ? "Eén of twee KPI's per doel" : 'One or two KPIs per goal'),
    shot: 'programme-strategy-step-5',
  },
  {
    path: () => '/programma/aanwezigheid',
    ready: (l) => (l === 'nl' ? 'KPI-metingen' : 'KPI measurements'),
    shot: 'programme-presence-library',
  },
  {
    path: () => '/programma/netwerken',
    ready: (l) => (l === 'nl' ? 'Waardenetwerken' : 'Value networks'),
    shot: 'programme-networks',
  },
  {
    path: () => `/feed/${postId}/eigen-versie`,
    ready: (l) => (l === 'nl' ? /^Eigen versie: / : /^Own version: /),
    shot: 'override-page',
  },
];

async function signedIn(email: string, lang: Lang, viewport: { width: number; height: number }) {
  const page = await openPage(browser, '/', { viewport });
  await login(page, email);
  if (lang === 'en') {
    await page.getByRole('button', { name: 'English' }).click();
    await page
      .getByRole('navigation', { name: 'Main menu', includeHidden: true })
      .waitFor({ state: 'attached' });
  }
  return page;
}

async function visit(page: Page, screen: Screen, lang: Lang, label: string, shoot: boolean) {
  await page.goto(new URL(screen.path(), page.url()).href);
  await page
    .getByRole('heading', { name: screen.ready(lang) })
    .first()
    .waitFor();
  await page
    .getByRole('status')
    .filter({ hasText: /^(Laden…|Loading…)$/ })
    .first()
    .waitFor({ state: 'detached' });
  if (page.viewportSize()!.width <= 320)
    expect(await page.evaluate(() => document.documentElement.scrollWidth), label).toBeLessThanOrEqual(320);
  if (shoot) await review(page, screen.shot);
  else await expectAccessible(page, label);
}

const COMBOS = [
  ['nl', DESKTOP],
  ['en', DESKTOP],
  ['nl', PHONE],
  ['en', PHONE],
] as const;

describe('content hub screens: axe (WCAG 2.1 AA) in Dutch and English, desktop and 320 px', () => {
  for (const [lang, viewport] of COMBOS) {
    const size = viewport.width <= 320 ? '320' : 'desktop';
    it(`central editor, ${lang}, ${size}`, async () => {
      const page = await signedIn(CENTRAL_EDITOR, lang, viewport);
      for (const screen of EDITOR_SCREENS)
        await visit(
          page,
          screen,
          lang,
          `${screen.path()} (${lang}, ${size})`,
          lang === 'nl' && size === 'desktop',
        );
      await page.close();
    });

    it(`central admin: programme settings with its dialogs, ${lang}, ${size}`, async () => {
      const nl = lang === 'nl';
      const page = await signedIn(CENTRAL_ADMIN, lang, viewport);
      for (const screen of ADMIN_SCREENS)
        await visit(page, screen, lang, `${screen.path()} (${lang}, ${size})`, nl && size === 'desktop');
      // A new period without a name or target date.
      await page.getByRole('button', { name: nl ? 'Nieuwe periode' : 'New period' }).click();
      const period = page.getByRole('dialog', { name: nl ? 'Nieuwe periode' : 'New period' });
      await period.getByRole('button', { name: nl ? 'Periode opslaan' : 'Save period' }).click();
      await period
        .getByText(nl ? 'Vul dit veld in.' : 'Fill in this field.')
        .first()
        .waitFor();
      await expectAccessible(page, `new period dialog with errors (${lang}, ${size})`);
      await period.getByRole('button', { name: nl ? 'Annuleren' : 'Cancel' }).click();
      // Criteria that rest phase 2 on nothing, then the confirmation (cancelled: nothing is saved).
      await page.getByLabel(nl ? 'Actieve kanalen nodig' : 'Active channels needed').fill('');
      await page.getByRole('button', { name: nl ? 'Criteria opslaan' : 'Save criteria' }).click();
      await page
        .getByText(nl ? 'Vul dit veld in.' : 'Fill in this field.')
        .first()
        .waitFor();
      await expectAccessible(page, `criteria form with errors (${lang}, ${size})`);
      await page.getByLabel(nl ? 'Actieve kanalen nodig' : 'Active channels needed').fill('1');
      await page.getByRole('button', { name: nl ? 'Criteria opslaan' : 'Save criteria' }).click();
      const confirm = page.getByRole('alertdialog', {
        name: nl ? 'Criteria wijzigen?' : 'Change the criteria?',
      });
      await confirm.waitFor();
      await expectAccessible(page, `criteria confirmation (${lang}, ${size})`);
      await confirm.getByRole('button', { name: nl ? 'Annuleren' : 'Cancel' }).click();
      await page.close();
    });

    it(`library, ${lang}, ${size}`, async () => {
      const page = await signedIn(LIBRARY_ADMIN, lang, viewport);
      for (const screen of LIBRARY_SCREENS)
        await visit(
          page,
          screen,
          lang,
          `${screen.path()} (${lang}, ${size})`,
          lang === 'nl' && size === 'desktop',
        );
      await page.close();
    });

    it(`post import: upload, progress, summary and row errors (dry run), ${lang}, ${size}`, async () => {
      const nl = lang === 'nl';
      const page = await signedIn(CENTRAL_EDITOR, lang, viewport);
      await visit(page, EDITOR_SCREENS[EDITOR_SCREENS.length - 1], lang, 'post import', false);
      const rows = [
        { externalId: 'e2e-import-1', title: 'Voorlezen', body: 'Kom voorlezen in de bieb.' },
        { externalId: 'e2e-import-2', title: '', body: 'Zonder titel' },
      ];
      await page.getByLabel(nl ? 'Bestand (JSON Lines of CSV)' : 'File (JSON Lines or CSV)').setInputFiles({
        name: 'berichten.jsonl',
        mimeType: 'application/x-ndjson',
        buffer: Buffer.from(rows.map((r) => JSON.stringify(r)).join('\n') + '\n'),
      });
      // Dry run is on by default: nothing is written, so every run finds the same counts.
      await page.getByRole('button', { name: nl ? 'Uploaden en importeren' : 'Upload and import' }).click();
      const current = page.getByRole('region', {
        name: nl ? 'Import van berichten.jsonl' : 'Import of berichten.jsonl',
      });
      await current.getByText(nl ? 'Klaar' : 'Done', { exact: true }).waitFor({ timeout: 15_000 });
      await current
        .getByText(nl ? '2 van 2 rijen verwerkt (100%)' : '2 of 2 rows processed (100%)')
        .waitFor();
      await current.getByRole('cell', { name: 'e2e-import-2' }).waitFor();
      // The row problem in the page's language, the API's own message beside it.
      await current
        .getByRole('cell', {
          name: nl ? /Deze tekst is te kort\.\s*title must be/ : /This text is too short\.\s*title must be/,
        })
        .waitFor();
      await expectAccessible(page, `post import finished (${lang}, ${size})`);
      if (nl && size === 'desktop') await review(page, 'post-import-finished');
      await page.close();
    });

    it(`dialogs and form errors, ${lang}, ${size}`, async () => {
      const nl = lang === 'nl';
      const page = await signedIn(CENTRAL_EDITOR, lang, viewport);
      await visit(page, EDITOR_SCREENS[5], lang, 'themes', false);
      await page.getByRole('button', { name: nl ? 'Nieuw thema' : 'New theme' }).click();
      const theme = page.getByRole('dialog', { name: nl ? 'Nieuw thema' : 'New theme' });
      await theme.getByRole('button', { name: nl ? 'Opslaan' : 'Save' }).click();
      await theme.getByText(nl ? 'Vul dit veld in.' : 'Fill in this field.').waitFor();
      await expectAccessible(page, `new theme dialog with error (${lang}, ${size})`);
      if (nl && size === 'desktop') await review(page, 'theme-dialog-error', { fullPage: false });
      await theme.getByRole('button', { name: nl ? 'Annuleren' : 'Cancel' }).click();

      await visit(page, EDITOR_SCREENS[3], lang, 'post editor', false);
      await page.getByRole('button', { name: nl ? 'Intrekken' : 'Withdraw' }).click();
      const withdraw = page.getByRole('dialog', { name: nl ? 'Bericht intrekken?' : 'Withdraw post?' });
      await withdraw.getByRole('button', { name: nl ? 'Intrekken' : 'Withdraw' }).click();
      await withdraw
        .getByText(nl ? 'Geef een reden op; bibliotheken zien hem.' : 'Give a reason; libraries will see it.')
        .waitFor();
      await expectAccessible(page, `withdraw dialog with error (${lang}, ${size})`);
      await withdraw.getByRole('button', { name: nl ? 'Annuleren' : 'Cancel' }).click();

      // Rejecting evidence needs a comment.
      await visit(page, EDITOR_SCREENS[14], lang, 'evidence queue', false);
      await page
        .getByRole('button', { name: nl ? /^Afkeuren/ : /^Reject/ })
        .first()
        .click();
      const reject = page.getByRole('dialog', { name: nl ? 'Bewijs afkeuren' : 'Reject evidence' });
      await reject.getByRole('button', { name: nl ? 'Afkeuren' : 'Reject' }).click();
      await reject
        .getByText(
          nl ? 'Schrijf op waarom; de bibliotheek ziet het.' : 'Write down why; the library will see it.',
        )
        .waitFor();
      await expectAccessible(page, `reject evidence dialog with error (${lang}, ${size})`);
      await reject.getByRole('button', { name: nl ? 'Annuleren' : 'Cancel' }).click();
      await page.close();

      const lib = await signedIn(LIBRARY_ADMIN, lang, viewport);
      await visit(lib, LIBRARY_SCREENS[5], lang, 'integrations', false);
      await lib.getByRole('button', { name: nl ? 'Nieuwe webhook' : 'New webhook' }).click();
      const hook = lib.getByRole('dialog', { name: nl ? 'Nieuwe webhook' : 'New webhook' });
      await hook.getByRole('button', { name: nl ? 'Webhook toevoegen' : 'Add webhook' }).click();
      await hook.getByText(nl ? 'Vul dit veld in.' : 'Fill in this field.').waitFor();
      await expectAccessible(lib, `webhook dialog with error (${lang}, ${size})`);
      await hook
        .getByLabel(nl ? 'Adres (URL)' : 'Address (URL)')
        .fill(`https://example.org/hooks/${lang}-${size}`);
      await hook.getByRole('button', { name: nl ? 'Webhook toevoegen' : 'Add webhook' }).click();
      const secret = lib.getByRole('dialog', { name: nl ? 'Je webhook-geheim' : 'Your webhook secret' });
      await secret.getByLabel(nl ? 'Geheim' : 'Secret').waitFor();
      await expectAccessible(lib, `webhook secret dialog (${lang}, ${size})`);
      if (nl && size === 'desktop') await review(lib, 'webhook-secret-dialog', { fullPage: false });
      await secret
        .getByRole('button', { name: nl ? 'Ik heb het geheim bewaard' : 'I have stored the secret' })
        .click();

      await lib.getByRole('button', { name: nl ? 'Nieuwe adressen maken' : 'Make new addresses' }).click();
      await lib.getByRole('alertdialog').waitFor();
      await expectAccessible(lib, `rotate feed links dialog (${lang}, ${size})`);
      await lib
        .getByRole('alertdialog')
        .getByRole('button', { name: nl ? 'Annuleren' : 'Cancel' })
        .click();

      await visit(lib, LIBRARY_SCREENS[0], lang, 'feed', false);
      await lib
        .getByRole('button', { name: nl ? /^Gebruikt/ : /^Used/ })
        .first()
        .click();
      await lib.getByRole('dialog').waitFor();
      await expectAccessible(lib, `mark-used dialog (${lang}, ${size})`);
      if (nl && size === 'desktop') await review(lib, 'mark-used-dialog', { fullPage: false });
      await lib
        .getByRole('dialog')
        .getByRole('button', { name: nl ? 'Annuleren' : 'Cancel' })
        .click();

      // A training without its required fields.
      await visit(lib, LIBRARY_SCREENS[11], lang, 'trainings', false);
      await lib.getByRole('button', { name: nl ? 'Training vastleggen' : 'Record a training' }).click();
      const training = lib.getByRole('dialog', { name: nl ? 'Training vastleggen' : 'Record a training' });
      await training.getByRole('button', { name: nl ? 'Training opslaan' : 'Save training' }).click();
      await training
        .getByText(nl ? 'Vul dit veld in.' : 'Fill in this field.')
        .first()
        .waitFor();
      await expectAccessible(lib, `training dialog with errors (${lang}, ${size})`);
      await training.getByRole('button', { name: nl ? 'Annuleren' : 'Cancel' }).click();

      // Ending a channel asks first.
      await visit(lib, LIBRARY_SCREENS[13], lang, 'presence', false);
      await lib
        .getByRole('button', { name: nl ? /^Beëindigen/ : /^End/ })
        .first()
        .click();
      await lib.getByRole('alertdialog').waitFor();
      await expectAccessible(lib, `end channel dialog (${lang}, ${size})`);
      await lib
        .getByRole('alertdialog')
        .getByRole('button', { name: nl ? 'Annuleren' : 'Cancel' })
        .click();
      await lib.close();
    });
  }

  it('the library admin manages a webhook: test delivery, pause, log, delete', async () => {
    const page = await signedIn(LIBRARY_ADMIN, 'nl', DESKTOP);
    await visit(page, LIBRARY_SCREENS[5], 'nl', 'integrations', false);
    const endpoint = page.getByRole('article', { name: 'https://example.org/hooks/nl-desktop' });
    await endpoint.getByRole('button', { name: 'Test versturen' }).click();
    await endpoint.getByText('Testbericht verstuurd. Het resultaat staat in het logboek.').waitFor();
    await page.getByRole('table', { name: 'Logboek' }).getByText('ping').first().waitFor();
    await endpoint.getByRole('button', { name: 'Pauzeren' }).click();
    await endpoint.getByText('Gepauzeerd').waitFor();
    await endpoint.getByRole('button', { name: 'Verwijderen' }).click();
    await page
      .getByRole('alertdialog', { name: 'Webhook verwijderen?' })
      .getByRole('button', { name: 'Verwijderen' })
      .click();
    await endpoint.waitFor({ state: 'detached' });
    await review(page, 'integrations-webhooks');
    await page.close();
  });
});
