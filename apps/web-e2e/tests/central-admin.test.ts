import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CENTRAL_ADMIN,
  PHONE,
  expectAccessible,
  launchBrowser,
  screenshotOnFailure,
  login,
  openPage,
  review,
  screenshot,
} from '../src/browser';

let browser: Browser;
let page: Page;
const suffix = Date.now().toString(36);
const libraryName = `Bibliotheek Testdorp ${suffix}`;
const librarySlug = `bibliotheek-testdorp-${suffix}`;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await openPage(browser, '/');
  await login(page, CENTRAL_ADMIN);
});
afterAll(async () => {
  await browser?.close();
});
screenshotOnFailure(() => browser);

const heading = (p: Page, name: string | RegExp) => p.getByRole('heading', { level: 1, name }).waitFor();
const menu = (p: Page) => p.getByRole('navigation', { name: 'Hoofdmenu' });

describe('central admin', () => {
  it('sees the start page and the central menu', async () => {
    await heading(page, 'Welkom, Anne');
    const items = await menu(page).getByRole('link').allInnerTexts();
    expect(items).toEqual([
      'Start',
      'Dashboard',
      'Berichten',
      'Beeldmateriaal',
      'Huisstijl',
      "Thema's en campagnes",
      'Beoordelen',
      'Bewijs beoordelen',
      'Gebruik',
      'Bibliotheken',
      'Gebruikers',
      'API-sleutels',
      'Mijn account',
    ]);
    await review(page, 'start-central-admin');
  });

  it('lists, searches and filters libraries', async () => {
    await menu(page).getByRole('link', { name: 'Bibliotheken' }).click();
    await heading(page, 'Bibliotheken');
    const rows = page.getByRole('table').locator('tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(12);
    await review(page, 'tenants');

    await page.getByLabel('Zoeken op naam, plaats of slug').fill('delft');
    await expect.poll(() => rows.count()).toBe(1);
    await page.getByRole('link', { name: 'Bibliotheek Delft' }).waitFor();
    expect(new URL(page.url()).searchParams.get('zoek')).toBe('delft');

    await page.getByLabel('Zoeken op naam, plaats of slug').fill('');
    await page.getByLabel('Provincie').selectOption('LIMBURG');
    await expect.poll(() => rows.allInnerTexts()).toEqual([expect.stringContaining('Centre Céramique')]);

    await page.getByLabel('Provincie').selectOption('');
    await page.getByLabel('Status').selectOption('inactief');
    await page.getByText('Geen bibliotheken gevonden.').waitFor();
    await review(page, 'tenants-empty');
    await page.getByLabel('Status').selectOption('');
  });

  it('loads more libraries page by page', async () => {
    // Smaller pages than the app asks for, so that "Meer laden" shows with the demo data.
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { query: string; variables: { first?: number } };
      if (!body.query.includes('query Tenants(')) return route.continue();
      return route.continue({
        postData: JSON.stringify({ ...body, variables: { ...body.variables, first: 5 } }),
      });
    });
    await page.reload();
    const rows = page.getByRole('table').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(5);
    await page.getByRole('button', { name: 'Meer laden' }).click();
    await expect.poll(() => rows.count()).toBe(10);
    await page.getByText('10 bibliotheken getoond').waitFor();
    await page.unroute('**/graphql');
  });

  it('onboards a library, with clear messages for wrong input', async () => {
    await page.goto(new URL('/bibliotheken', page.url()).href);
    await page.getByRole('link', { name: 'Nieuwe bibliotheek', exact: true }).click();
    await heading(page, 'Nieuwe bibliotheek');
    await page.getByRole('button', { name: 'Bibliotheek aanmaken' }).click();
    await page.getByText('Controleer de gemarkeerde velden.').waitFor();
    expect(await page.getByText('Vul dit veld in.').count()).toBe(3);
    await expectAccessible(page, 'new library with errors');

    await page.getByLabel('Naam', { exact: true }).fill(libraryName);
    expect(await page.getByLabel('Slug').inputValue()).toBe(librarySlug);
    await page.getByLabel('Provincie').selectOption('ZEELAND');
    await page.getByLabel('Plaats').fill('Testdorp');
    await page.getByLabel('Website').fill('testdorp.nl');
    await page.getByRole('button', { name: 'Kanaal toevoegen' }).click();
    await page.getByLabel('Accountnaam').fill('@bibtestdorp');
    // The preview follows the form while typing.
    await page.getByText(`Kom naar ${libraryName} in Testdorp! Meer info: testdorp.nl`).waitFor();

    await page.getByRole('button', { name: 'Bibliotheek aanmaken' }).click();
    await page.getByText('Vul een volledig webadres in dat begint met https://.').waitFor();
    await review(page, 'tenant-new-errors');

    await page.getByLabel('Website').fill('https://www.testdorp.nl');
    await page.getByRole('button', { name: 'Bibliotheek aanmaken' }).click();
    await heading(page, libraryName);
    await page.getByText('De bibliotheek is aangemaakt.').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/bibliotheken/${librarySlug}`);
    await review(page, 'tenant-edit');
  });

  it('edits a library and deactivates and reactivates it after confirmation', async () => {
    await page.getByLabel('Naam in berichten').fill('Bieb Testdorp');
    await page.getByText('Kom naar Bieb Testdorp in Testdorp!', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByText('Je wijzigingen zijn opgeslagen.').waitFor();

    await page.getByRole('button', { name: 'Deactiveren' }).click();
    const dialog = page.getByRole('alertdialog', { name: `${libraryName} deactiveren?` });
    await dialog.waitFor();
    // Focus starts on Cancel and stays inside the dialog; Escape closes it.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Annuleren');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    await review(page, 'tenant-deactivate-dialog', { fullPage: false });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Deactiveren');

    await page.getByRole('button', { name: 'Deactiveren' }).click();
    await dialog.getByRole('button', { name: 'Deactiveren' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Weer activeren' }).waitFor();
    await page.getByText('Gedeactiveerd', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Weer activeren' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Weer activeren' }).click();
    await page.getByRole('button', { name: 'Deactiveren' }).waitFor();
  });

  it('tells the admin when someone else changed the library meanwhile', async () => {
    const other = await openPage(browser, `/bibliotheken/${librarySlug}`);
    await login(other, CENTRAL_ADMIN);
    await heading(other, libraryName);
    await other.getByLabel('Plaats').fill('Anderdorp');
    await other.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await other.getByText('Je wijzigingen zijn opgeslagen.').waitFor();
    await other.context().close();

    await page.getByLabel('Telefoonnummer').fill('0118 123456');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByText('Iemand anders heeft dit intussen gewijzigd. Laad de pagina opnieuw.').waitFor();
    await screenshot(page, 'tenant-stale-version');
    await page.getByRole('button', { name: 'Opnieuw laden' }).click();
    await expect.poll(() => page.getByLabel('Plaats').inputValue()).toBe('Anderdorp');
  });

  it('creates a user for the new library with a role it may grant, edits and disables it', async () => {
    await menu(page).getByRole('link', { name: 'Gebruikers' }).click();
    await heading(page, 'Gebruikers');
    await page.getByRole('table').waitFor();
    await review(page, 'users');

    await page.getByRole('button', { name: 'Nieuwe gebruiker' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nieuwe gebruiker' });
    await dialog.waitFor();
    const roles = await dialog.getByLabel('Rol').locator('option').allInnerTexts();
    expect(roles).toEqual([
      'Landelijk beheerder',
      'Landelijk redacteur',
      'Programmavolger',
      'Bibliotheekbeheerder',
      'Bibliotheekredacteur',
    ]);
    await dialog.getByRole('button', { name: 'Gebruiker aanmaken' }).click();
    await dialog.getByText('Vul dit veld in.').first().waitFor();
    await review(page, 'user-create-dialog', { fullPage: false });

    await dialog.getByLabel('Naam').fill('Tessa Test');
    await dialog.getByLabel('E-mailadres').fill(`tessa-${suffix}@testdorp.nl`);
    await dialog.getByLabel('Eerste wachtwoord').fill('kort');
    await dialog.getByLabel('Rol').selectOption('LIBRARY_EDITOR');
    await dialog.getByLabel('Bibliotheek').selectOption(librarySlug);
    await dialog.getByRole('button', { name: 'Gebruiker aanmaken' }).click();
    await dialog.getByText('Het wachtwoord moet 10 tot 256 tekens lang zijn.').first().waitFor();
    await dialog.getByLabel('Eerste wachtwoord').fill('Testdorp-wachtwoord-1');
    await dialog.getByRole('button', { name: 'Gebruiker aanmaken' }).click();
    await heading(page, 'Tessa Test');
    await page.getByText('De gebruiker is aangemaakt.').waitFor();

    await page.getByLabel('Rol').selectOption('LIBRARY_ADMIN');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Je wijzigingen zijn opgeslagen.').waitFor();
    expect(await page.getByLabel('Rol').inputValue()).toBe('LIBRARY_ADMIN');
    await review(page, 'user-edit');

    await page.getByRole('button', { name: 'Uitschakelen' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Tessa Test uitschakelen?' });
    await confirm.getByRole('button', { name: 'Uitschakelen' }).click();
    await page.getByRole('button', { name: 'Weer inschakelen' }).waitFor();
    await page.getByRole('button', { name: 'Weer inschakelen' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Weer inschakelen' }).click();
    await page.getByRole('button', { name: 'Uitschakelen' }).waitFor();

    await page.getByRole('link', { name: 'Terug naar gebruikers' }).click();
    await page.getByLabel('Organisatie').selectOption(librarySlug);
    await expect
      .poll(() => page.getByRole('table').locator('tbody tr').allInnerTexts())
      .toEqual([expect.stringContaining('Tessa Test')]);
  });

  it('creates an API key for a library, shows it once, and revokes it after confirmation', async () => {
    await menu(page).getByRole('link', { name: 'API-sleutels' }).click();
    await heading(page, 'API-sleutels');
    await page.getByText('Kies een bibliotheek om haar API-sleutels te zien.').waitFor();
    await page.getByLabel('Bibliotheek').selectOption(librarySlug);
    await page.getByText('Nog geen API-sleutels.').waitFor();

    await page.getByRole('button', { name: 'Nieuwe API-sleutel' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nieuwe API-sleutel' });
    await dialog.getByLabel('Naam').fill('Website');
    await dialog.getByLabel('Inzendingen insturen (submissions:write)').check();
    await review(page, 'api-key-create-dialog', { fullPage: false });
    await dialog.getByRole('button', { name: 'Sleutel aanmaken' }).click();

    const shown = page.getByRole('dialog', { name: 'Je nieuwe API-sleutel' });
    await shown.getByText('Je ziet deze sleutel maar één keer').waitFor();
    const key = await shown.getByLabel('API-sleutel').inputValue();
    expect(key).toMatch(/^bh_/);
    await shown.getByRole('button', { name: 'Sleutel kopiëren' }).click();
    await shown.getByText('Gekopieerd naar het klembord.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);
    await review(page, 'api-key-created', { fullPage: false });
    await shown.getByRole('button', { name: 'Ik heb de sleutel bewaard' }).click();

    const row = page.getByRole('row', { name: /Website/ });
    await row.getByText('Actief').waitFor();
    expect(await page.content()).not.toContain(key);
    await review(page, 'api-keys');

    await row.getByRole('button', { name: /Intrekken/ }).click();
    await page
      .getByRole('alertdialog', { name: 'Sleutel "Website" intrekken?' })
      .getByRole('button', { name: 'Intrekken' })
      .click();
    await row.getByText('Ingetrokken').waitFor();
  });

  it('edits a library profile from the profile page', async () => {
    await page.goto(new URL(`/profiel?bibliotheek=${librarySlug}`, page.url()).href);
    await heading(page, 'Bibliotheekprofiel');
    await expect.poll(() => page.getByLabel('Plaats').inputValue()).toBe('Anderdorp');
    await expectAccessible(page, 'profile as central admin');
  });

  it('works in English and at 320 px, with the menu behind a button', async () => {
    const phone = await openPage(browser, '/bibliotheken', { viewport: PHONE, lang: 'en' });
    await phone.getByLabel('Email address').fill(CENTRAL_ADMIN);
    await phone.getByLabel('Password').fill('BiblioHub-demo-2026!');
    await phone.getByRole('button', { name: 'Log in' }).click();
    await heading(phone, 'Libraries');
    await phone.getByRole('table').waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await phone.getByRole('navigation', { name: 'Main menu' }).isVisible()).toBe(false);
    await review(phone, 'tenants-en-320');

    await phone.getByRole('button', { name: 'Menu' }).click();
    await phone.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Users' }).click();
    await heading(phone, 'Users');
    await phone.getByRole('table').waitFor();
    await review(phone, 'users-en-320');

    await phone.getByRole('button', { name: 'New user' }).click();
    await phone
      .getByRole('dialog', { name: 'New user' })
      .getByRole('button', { name: 'Create user' })
      .click();
    await phone.getByText('Fill in this field.').first().waitFor();
    await review(phone, 'user-create-dialog-en-320', { fullPage: false });
    await phone.keyboard.press('Escape');

    await phone.goto(new URL(`/bibliotheken/${librarySlug}`, phone.url()).href);
    await heading(phone, libraryName);
    await review(phone, 'tenant-edit-en-320');
  });
});
