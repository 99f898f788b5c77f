/*
 * The main journey through the content hub, in the real app against the real API:
 * an editor writes a post, uploads an image, attaches it and publishes → a library sees it
 * personalised in its feed, downloads the image and marks the post used → the library submits a
 * local post with its own image → the editor asks for changes, the library resubmits, the editor
 * approves and publishes → another library sees it, image included, with attribution ("Bron: …").
 *
 * The journey's last step (the dashboard counts change after a library's evidence is verified) is
 * in programme-journey.test.ts.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CENTRAL_EDITOR,
  LIBRARY_ADMIN,
  OTHER_LIBRARY_ADMIN,
  PHONE,
  TINY_PNG,
  expectAccessible,
  launchBrowser,
  login,
  openPage,
  review,
  screenshotOnFailure,
} from '../src/browser';

let browser: Browser;
let editor: Page;
let library: Page;
const suffix = Date.now().toString(36).slice(-5);
const postTitle = `Winterlezen in {{bibliotheek.plaats}} ${suffix}`;
const localTitle = `Voorleesmiddag met de burgemeester ${suffix}`;
const imageTitle = `Winterse leeshoek ${suffix}`;
const localImageTitle = `voorleesmiddag ${suffix}`;
const localImageAlt = 'De burgemeester leest voor aan kinderen op een kleed in de bibliotheek';
let postUrl = '';
let submissionPath = '';

beforeAll(async () => {
  browser = await launchBrowser();
  editor = await openPage(browser, '/');
  await login(editor, CENTRAL_EDITOR);
  library = await openPage(browser, '/');
  await login(library, LIBRARY_ADMIN);
});
afterAll(async () => {
  await browser?.close();
});
screenshotOnFailure(() => browser);

const heading = (p: Page, name: string | RegExp) => p.getByRole('heading', { level: 1, name }).waitFor();
const menu = (p: Page) => p.getByRole('navigation', { name: 'Hoofdmenu' });
const editorForm = (p: Page) => p.getByRole('form', { name: 'Bericht bewerken' });
const go = async (p: Page, path: string) => {
  await p.goto(new URL(path, p.url()).href);
};

describe('content journey', () => {
  it('a library has looked at its feed before (so new posts get a badge)', async () => {
    await menu(library).getByRole('link', { name: 'Berichten voor jou' }).click();
    await heading(library, 'Berichten voor jou');
    await library.getByRole('article').first().waitFor();
  });

  it('an editor finds posts with the Dutch search and sees the calendar with campaigns', async () => {
    await menu(editor).getByRole('link', { name: 'Berichten' }).click();
    await heading(editor, 'Berichten');
    await editor.getByRole('searchbox', { name: 'Zoeken' }).fill('voorlezen');
    await editor.getByRole('link', { name: 'De Nationale Voorleesdagen beginnen!' }).waitFor();
    await editor.getByLabel('Status').selectOption({ label: 'Gepubliceerd' });
    await expect.poll(() => editor.url()).toContain('status=PUBLISHED');
    await review(editor, 'content-list');

    await editor.getByRole('link', { name: 'Kalender' }).click();
    await editor.getByRole('heading', { name: 'Campagnes in deze maand' }).waitFor();
    // Month by month to January 2027, each click only after the previous one has landed (no overshoot).
    for (let i = 0; i < 24 && !editor.url().includes('maand=2027-01'); i++) {
      const before = editor.url();
      await editor.getByRole('button', { name: 'Volgende maand' }).click();
      await expect.poll(() => editor.url()).not.toBe(before);
    }
    await editor.getByRole('heading', { level: 2, name: /januari 2027/i }).waitFor();
    await editor.getByText('Nationale Voorleesdagen', { exact: true }).waitFor();
    await editor.getByRole('link', { name: 'De Nationale Voorleesdagen beginnen!' }).waitFor();
    await review(editor, 'content-calendar');
  });

  it('an editor writes a post with channel texts, counters and a placeholder, and previews it', async () => {
    await go(editor, '/berichten/nieuw');
    await heading(editor, 'Nieuw bericht');
    const form = editorForm(editor);
    await form.getByRole('button', { name: 'Concept opslaan' }).click();
    await form.getByText('Vul dit veld in.').first().waitFor();
    await expectAccessible(editor, 'post editor with errors');

    await form.getByLabel('Titel').fill(postTitle);
    await form.getByLabel('Hoofdtekst', { exact: true }).fill('Lekker binnen met een boek: kom naar ');
    await form.getByLabel('Invulveld').selectOption('bibliotheek.naam');
    await form.getByRole('button', { name: 'Invoegen in: Hoofdtekst' }).click();
    expect(await form.getByLabel('Hoofdtekst', { exact: true }).inputValue()).toBe(
      'Lekker binnen met een boek: kom naar {{bibliotheek.naam}}',
    );
    await form.getByLabel('Thema of campagne').selectOption({ label: 'Leesbevordering' });
    await form.getByLabel('Doel').selectOption({ label: 'Klantenbinding' });
    await form.getByLabel('Senioren').check();

    // X counts the placeholder at its reserved 40 characters, as the API does.
    const x = form.getByLabel('Tekst voor X');
    await x.fill('Kom naar {{bibliotheek.naam}}!');
    await form.getByText('50 van 280 tekens').waitFor();
    await x.fill('x'.repeat(300));
    await form.getByText('300 van 280 tekens · te lang').waitFor();
    await form.getByRole('button', { name: 'Concept opslaan' }).click();
    await editor.getByText('Een tekst is te lang voor zijn kanaal. Kijk bij de rode tellers.').waitFor();
    await x.fill('Winterlezen bij {{bibliotheek.naam}}: warme chocomelk en nieuwe boeken.');
    await form
      .getByLabel('Tekst voor Instagram')
      .fill('Winterlezen ❄️📚 Kom langs bij {{bibliotheek.naam}}!');
    await form
      .getByRole('group', { name: /^Instagram/ })
      .getByLabel('Hashtags')
      .fill('#winterlezen bieb');
    await form.getByRole('button', { name: 'Concept opslaan' }).click();
    await editor.getByText('Het concept is opgeslagen.').waitFor();
    postUrl = new URL(editor.url()).pathname;
    expect(postUrl).toMatch(/^\/berichten\/[0-9a-f-]{36}$/);

    // The preview as one library, rendered by the API.
    await editor.getByLabel('Bekijk als').selectOption({ label: 'Bibliotheek Delft' });
    const preview = editor.getByRole('region', { name: 'Voorbeeld' });
    await preview.getByText(/^Winterlezen in Delft/).waitFor();
    await preview.getByRole('radio', { name: 'Instagram' }).check();
    await preview.getByText(/Kom langs bij .*Delft!/).waitFor();
    await review(editor, 'post-editor');
  });

  it('an editor uploads an image with its rights and attaches it to the post', async () => {
    await menu(editor).getByRole('link', { name: 'Beeldmateriaal' }).click();
    await heading(editor, 'Beeldmateriaal');
    await editor.getByLabel('Soort', { exact: true }).first().selectOption({ label: 'Foto' });
    await editor.getByLabel('Kies een bestand').setInputFiles({
      name: 'winterse-leeshoek.png',
      mimeType: 'image/png',
      buffer: TINY_PNG,
    });
    const dialog = editor.getByRole('dialog', { name: 'Beschrijf het bestand' });
    await expect.poll(() => dialog.getByLabel('Titel').inputValue()).toBe('winterse leeshoek');
    await dialog.getByRole('button', { name: 'Opslaan in de beeldbank' }).click();
    await dialog.getByText('Vul dit veld in.').waitFor();
    await expectAccessible(editor, 'finalize upload dialog with errors');
    await dialog.getByLabel('Titel').fill(imageTitle);
    await dialog
      .getByLabel('Alternatieve tekst')
      .fill('Een leeshoek met een plaid, een lamp en een stapel boeken');
    await dialog.getByLabel('Rechthebbende').fill('Bibliotheek.nl');
    await dialog.getByLabel('Naamsvermelding').fill('Foto: Bibliotheek.nl');
    await dialog.getByRole('button', { name: 'Opslaan in de beeldbank' }).click();
    await editor.getByText(`"${imageTitle}" staat in de beeldbank.`).waitFor();
    await editor.getByRole('article', { name: imageTitle }).waitFor();
    await review(editor, 'assets');

    await editor.getByRole('link', { name: imageTitle }).click();
    await heading(editor, imageTitle);
    await editor.getByText('Foto: Bibliotheek.nl').waitFor();
    await review(editor, 'asset-detail');

    await go(editor, postUrl);
    const images = editor.getByRole('region', { name: 'Beeld', exact: true });
    await images.getByRole('button', { name: 'Beeld toevoegen' }).click();
    const picker = editor.getByRole('dialog', { name: 'Beeld toevoegen' });
    await picker.getByRole('searchbox', { name: 'Zoeken' }).fill(suffix);
    await picker.getByRole('button', { name: new RegExp(`^Kiezen.*${imageTitle}`) }).click();
    await images.getByText(imageTitle, { exact: true }).waitFor();
    await images.getByRole('button', { name: 'Beeld opslaan' }).click();
    await editor.getByText('Je wijzigingen zijn opgeslagen.').waitFor();
    await editor
      .getByRole('region', { name: 'Beeld', exact: true })
      .getByText(imageTitle, { exact: true })
      .waitFor();
  });

  it('refuses a stale save with a clear message, and asks a reason before withdrawing', async () => {
    const other = await openPage(browser, postUrl);
    await login(other, CENTRAL_EDITOR);
    await editorForm(other).getByLabel('Titel').waitFor();

    await editorForm(editor).getByLabel('Trefwoorden').fill('winter, lezen');
    await editorForm(editor).getByRole('button', { name: 'Opslaan' }).click();
    await editor.getByText('Je wijzigingen zijn opgeslagen.').waitFor();

    await editorForm(other).getByLabel('Trefwoorden').fill('iets anders');
    await editorForm(other).getByRole('button', { name: 'Opslaan' }).click();
    await other.getByText('Iemand anders heeft dit intussen gewijzigd. Laad de pagina opnieuw.').waitFor();
    await other.getByRole('button', { name: 'Opnieuw laden' }).click();
    await expect.poll(() => editorForm(other).getByLabel('Trefwoorden').inputValue()).toBe('winter, lezen');
    await other.close();
  });

  it('an editor publishes the post after confirming', async () => {
    await editor.getByRole('button', { name: 'Publiceren' }).click();
    const dialog = editor.getByRole('alertdialog', { name: 'Bericht publiceren?' });
    await expectAccessible(editor, 'publish confirmation');
    await dialog.getByRole('button', { name: 'Publiceren' }).click();
    await editor.getByText('De status is gewijzigd.').waitFor();
    await editor.getByRole('region', { name: 'Status' }).getByText('Gepubliceerd', { exact: true }).waitFor();

    // Withdrawing needs a reason; leaving it empty explains why.
    await editor.getByRole('button', { name: 'Intrekken' }).click();
    const withdraw = editor.getByRole('dialog', { name: 'Bericht intrekken?' });
    await withdraw.getByRole('button', { name: 'Intrekken' }).click();
    await withdraw.getByText('Geef een reden op; bibliotheken zien hem.').waitFor();
    await expectAccessible(editor, 'withdraw dialog with error');
    await withdraw.getByRole('button', { name: 'Annuleren' }).click();

    const revisions = editor.getByRole('region', { name: 'Versies' });
    await revisions.getByRole('cell', { name: 'Gepubliceerd' }).first().waitFor();
    expect(await revisions.locator('tbody tr').count()).toBeGreaterThanOrEqual(3);
  });

  it('the library sees it personalised and new, copies the text and marks it used', async () => {
    await library.reload();
    await heading(library, 'Berichten voor jou');
    await library.getByText(/nieuwe? berichte?n? sinds je vorige bezoek/).waitFor();
    const card = library.getByRole('article', { name: `Winterlezen in Delft ${suffix}` });
    await card.getByText('Nieuw', { exact: true }).waitFor();
    await card.getByRole('radio', { name: 'X' }).check();
    await card.getByText(/^Winterlezen bij .*Delft: warme chocomelk/).waitFor();
    await card.getByRole('button', { name: 'Tekst kopiëren' }).click();
    await card.getByText('Gekopieerd naar het klembord.').waitFor();
    expect(await library.evaluate(() => navigator.clipboard.readText())).toMatch(/^Winterlezen bij .*Delft/);

    // The attached image, downloadable in the size the channel needs.
    await card.getByText(imageTitle, { exact: true }).waitFor();
    const download = library.waitForEvent('download');
    await card.getByRole('button', { name: new RegExp(`^Origineel.*${imageTitle}`) }).click();
    expect((await download).suggestedFilename()).toMatch(/\.png$/);

    await card.getByRole('button', { name: /^Gebruikt/ }).click();
    const dialog = library.getByRole('dialog', { name: /^Gebruikt:/ });
    await dialog.getByLabel('Kanaal').selectOption({ label: 'X' });
    await dialog.getByLabel('Link naar je bericht').fill('https://x.com/dokdelft/status/1');
    await expectAccessible(library, 'mark-used dialog');
    await dialog.getByRole('button', { name: 'Opslaan als gebruikt' }).click();
    await card.getByText('Gebruikt op').waitFor();
    await review(library, 'feed');
  });

  it('the editor sees which libraries used the post', async () => {
    await go(editor, `${postUrl}/gebruik`);
    await heading(editor, /^Gebruik: /);
    await editor.getByRole('row', { name: /Bibliotheek Delft.*X/ }).waitFor();
    await review(editor, 'post-usage');
  });

  it('the library submits a local post, with its rights statement', async () => {
    await menu(library).getByRole('link', { name: 'Inzendingen' }).click();
    await heading(library, 'Inzendingen');
    await library.getByRole('link', { name: 'Nieuwe inzending' }).click();
    const form = library.getByRole('form', { name: 'Inzending' });
    await form.getByLabel('Titel').fill(localTitle);
    await form
      .getByLabel('Hoofdtekst', { exact: true })
      .fill('Burgemeester Marja van Bijsterveldt leest voor aan groep 3 van De Regenboog.');
    await form
      .getByLabel('Tekst voor Instagram')
      .fill('De burgemeester las voor en de kinderen hingen aan haar lippen 📖');
    await form.getByRole('button', { name: 'Insturen' }).click();
    await form.getByText('Zonder toestemming om te delen kunnen we het niet doorplaatsen.').waitFor();
    await expectAccessible(library, 'submission form with errors');
    await form.getByLabel('Wij mogen deze inhoud delen met alle bibliotheken').check();
    await form.getByLabel('Toelichting op de rechten').fill('Foto en tekst: DOK Delft');

    // Its own photo: uploaded into the library's space, described (alt text required), attached.
    const images = form.getByRole('group', { name: 'Beeld', exact: true });
    await images.getByLabel('Foto kiezen').setInputFiles({
      name: `voorleesmiddag-${suffix}.png`,
      mimeType: 'image/png',
      buffer: TINY_PNG,
    });
    await images.getByText(/is geüpload\. Beschrijf wat erop staat\./).waitFor();
    await images.getByRole('button', { name: 'Foto toevoegen' }).click();
    await images.getByText('Vul dit veld in.').waitFor();
    await expectAccessible(library, 'submission image without alt text');
    await images.getByLabel('Alternatieve tekst').fill(localImageAlt);
    await images.getByLabel('Naamsvermelding').fill('Foto: DOK Delft');
    await images.getByRole('button', { name: 'Foto toevoegen' }).click();
    await images.getByText(`"${localImageTitle}" is toegevoegd.`, { exact: false }).waitFor();
    await images.getByText(localImageTitle, { exact: true }).waitFor();
    await form.getByRole('button', { name: 'Insturen' }).click();
    await library
      .getByText('Ingestuurd. De landelijke redactie bekijkt het; je krijgt een melding.')
      .waitFor();
    submissionPath = new URL(library.url()).pathname;
    await library.getByRole('region', { name: 'Verloop' }).getByText('Concept → Ingediend').waitFor();
    await library.getByText(localImageTitle, { exact: true }).waitFor();
    await review(library, 'submission-submitted');
  });

  it('the editor is notified, starts the review and asks for changes (a comment is required)', async () => {
    await editor.getByRole('link', { name: /^Meldingen(, \d+ ongelezen)?$/ }).click();
    await heading(editor, 'Meldingen');
    // The central notification is written by a background job: reload until it is listed.
    const notice = editor.getByText(`Nieuwe inzending: "${localTitle}"`);
    await expect
      .poll(
        async () => {
          await editor.reload({ waitUntil: 'networkidle' });
          return notice.count();
        },
        { timeout: 20_000, interval: 1_000 },
      )
      .toBe(1);
    await review(editor, 'notifications-central');

    await menu(editor).getByRole('link', { name: 'Beoordelen', exact: true }).click();
    await heading(editor, 'Beoordelen');
    await review(editor, 'review-queue');
    await editor.getByRole('link', { name: localTitle }).click();
    await heading(editor, localTitle);
    await editor.getByRole('button', { name: 'Beoordeling starten' }).click();
    await editor
      .getByRole('alertdialog', { name: 'Beoordeling starten?' })
      .getByRole('button', { name: 'Beoordeling starten' })
      .click();
    await editor.getByText('De inzending is in beoordeling.').waitFor();

    await editor.getByRole('button', { name: 'Wijzigingen vragen' }).click();
    const dialog = editor.getByRole('dialog', { name: 'Wijzigingen vragen' });
    await dialog.getByRole('button', { name: 'Wijzigingen vragen' }).click();
    await dialog.getByText('Schrijf op wat de bibliotheek moet aanpassen.').waitFor();
    await expectAccessible(editor, 'request-changes dialog with error');
    await dialog.getByLabel('Wat moet er anders?').fill('Noem ook de naam van de school en de datum.');
    await dialog.getByRole('button', { name: 'Wijzigingen vragen' }).click();
    await editor.getByText('De bibliotheek is gevraagd de inzending aan te passen.').waitFor();
    await review(editor, 'review-detail');
  });

  it('the library reads the request, changes the post and resubmits', async () => {
    await library.reload();
    await library.getByRole('link', { name: /^Meldingen, \d+ ongelezen$/ }).click();
    await library
      .getByText(`Wijzigingen gevraagd voor "${localTitle}": Noem ook de naam van de school en de datum.`)
      .waitFor();
    await library.getByRole('button', { name: 'Alles als gelezen markeren' }).click();
    await library.getByRole('link', { name: 'Meldingen', exact: true }).waitFor();
    await review(library, 'notifications-library');

    await go(library, submissionPath);
    await library.getByText('De redactie vraagt je iets aan te passen').waitFor();
    await library.getByText('Noem ook de naam van de school en de datum.').first().waitFor();
    const form = library.getByRole('form', { name: 'Inzending' });
    await form
      .getByLabel('Hoofdtekst', { exact: true })
      .fill(
        'Op 14 november las burgemeester Marja van Bijsterveldt voor aan groep 3 van basisschool De Regenboog.',
      );
    await form.getByRole('button', { name: 'Opnieuw insturen' }).click();
    await library
      .getByText('Ingestuurd. De landelijke redactie bekijkt het; je krijgt een melding.')
      .waitFor();
    await library.getByText('Wijzigingen gevraagd → Ingediend').waitFor();
  });

  it('the editor approves (a draft post credited to the library) and publishes it', async () => {
    await editor.reload();
    await editor.getByRole('button', { name: 'Beoordeling starten' }).click();
    await editor.getByRole('alertdialog').getByRole('button', { name: 'Beoordeling starten' }).click();
    await editor.getByRole('button', { name: 'Goedkeuren' }).click();
    const dialog = editor.getByRole('dialog', { name: 'Inzending goedkeuren?' });
    await dialog.getByLabel('Opmerking voor de bibliotheek').fill('Mooi bericht, dank jullie wel!');
    await dialog.getByRole('button', { name: 'Goedkeuren' }).click();
    await editor.getByText('Goedgekeurd. Er staat een concept-bericht klaar om te publiceren.').waitFor();
    await editor.getByRole('link', { name: 'Naar het concept-bericht' }).click();
    await heading(editor, localTitle);
    await editor
      .getByText(/^Bron: /)
      .first()
      .waitFor();
    await editor.getByRole('button', { name: 'Publiceren' }).click();
    await editor.getByRole('alertdialog').getByRole('button', { name: 'Publiceren' }).click();
    await editor.getByText('De status is gewijzigd.').waitFor();
  });

  it('another library sees the republished post with attribution', async () => {
    const oba = await openPage(browser, '/feed');
    await login(oba, OTHER_LIBRARY_ADMIN);
    await heading(oba, 'Berichten voor jou');
    const card = oba.getByRole('article', { name: localTitle });
    await card.getByText(/^Bron: .*Delft/).waitFor();
    // The library's photo came along (as a central copy), shown with its alt text.
    await card.getByText(localImageTitle, { exact: true }).waitFor();
    await card.getByRole('img', { name: localImageAlt }).waitFor();
    await review(oba, 'feed-republished');

    // The submitting library follows it to the end: republished.
    await go(library, submissionPath);
    await library.getByText('Doorgeplaatst: alle bibliotheken kunnen je bericht nu gebruiken.').waitFor();
    await review(library, 'submission-republished');
  });

  it('works at 320 px: feed and editor without sideways scrolling', async () => {
    for (const [who, path] of [
      [LIBRARY_ADMIN, '/feed'],
      [CENTRAL_EDITOR, postUrl],
    ] as const) {
      const page = await openPage(browser, path, { viewport: PHONE });
      await login(page, who);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.getByRole('article').or(editorForm(page)).first().waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await review(page, `${path === '/feed' ? 'feed' : 'post-editor'}-320`);
      await page.close();
    }
  });
});
