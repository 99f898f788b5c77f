import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  LIBRARY_ADMIN,
  LIBRARY_EDITOR,
  expectAccessible,
  launchBrowser,
  login,
  screenshotOnFailure,
  openPage,
  review,
} from '../src/browser';

let browser: Browser;
let page: Page;
const suffix = Date.now().toString(36);
const newEmail = `lotte-${suffix}@bibliotheekdelft.nl`;
const firstPassword = 'Eerste-wachtwoord-42';
const secondPassword = 'Tweede-wachtwoord-42';

beforeAll(async () => {
  browser = await launchBrowser();
  page = await openPage(browser, '/');
  await login(page, LIBRARY_ADMIN);
});
afterAll(async () => {
  await browser?.close();
});
screenshotOnFailure(() => browser);

const heading = (p: Page, name: string | RegExp) => p.getByRole('heading', { level: 1, name }).waitFor();
const menu = (p: Page) => p.getByRole('navigation', { name: 'Hoofdmenu' });

describe('library admin', () => {
  it('sees the library menu', async () => {
    await heading(page, 'Welkom, Daan');
    expect(await menu(page).getByRole('link').allInnerTexts()).toEqual([
      'Start',
      'Berichten voor jou',
      'Beeldmateriaal',
      'Huisstijl',
      'Abonnement',
      'Inzendingen',
      'Programma',
      'Profiel',
      'Gebruikers',
      'Integraties',
      'Mijn account',
    ]);
    await review(page, 'start-library-admin');
  });

  it('edits the library profile with a live preview', async () => {
    await menu(page).getByRole('link', { name: 'Profiel' }).click();
    await heading(page, 'Bibliotheekprofiel');
    await expect.poll(() => page.getByLabel('Plaats').inputValue()).toBe('Delft');
    await page.getByLabel('Naam in berichten').fill('DOK Delft');
    await page.getByText('Kom naar DOK Delft in Delft! Meer info: https://www.dok.info').waitFor();

    await page.getByRole('button', { name: 'Kanaal toevoegen' }).click();
    await page.getByRole('group', { name: 'Kanaal 3' }).getByLabel('Accountnaam').fill('@dokdelft');
    await page.getByText('X: @dokdelft').waitFor();
    await page.getByLabel('Telefoonnummer').fill('bel ons');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Gebruik cijfers, spaties, +, ( ) of -, bijvoorbeeld 015 212 3456.').waitFor();
    await expectAccessible(page, 'profile with an error');

    await page.getByLabel('Telefoonnummer').fill('015 212 3456');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Je wijzigingen zijn opgeslagen.').waitFor();
    expect(await page.getByLabel('Naam in berichten').inputValue()).toBe('DOK Delft');
    await review(page, 'profile-library');
  });

  it('manages only its own users, granting library roles only', async () => {
    await menu(page).getByRole('link', { name: 'Gebruikers' }).click();
    await heading(page, 'Gebruikers');
    const rows = page.getByRole('table').locator('tbody tr');
    // Only Delft's own users (the demo data may add more of them), never another library's.
    await page.getByRole('row', { name: /redactie@bibliotheekdelft\.nl/ }).waitFor();
    expect((await rows.allInnerTexts()).join('\n')).not.toMatch(/oba\.nl|bibliotheek\.nl\b/);
    expect(await page.getByLabel('Organisatie').count()).toBe(0);

    await page.getByRole('button', { name: 'Nieuwe gebruiker' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nieuwe gebruiker' });
    expect(await dialog.getByLabel('Rol').locator('option').allInnerTexts()).toEqual([
      'Bibliotheekbeheerder',
      'Bibliotheekredacteur',
    ]);
    await dialog.getByLabel('Naam').fill('Lotte Lezer');
    await dialog.getByLabel('E-mailadres').fill(LIBRARY_EDITOR);
    await dialog.getByLabel('Eerste wachtwoord').fill(firstPassword);
    await dialog.getByRole('button', { name: 'Gebruiker aanmaken' }).click();
    await dialog.getByText('Er bestaat al een gebruiker met dit e-mailadres.').waitFor();
    await dialog.getByLabel('E-mailadres').fill(newEmail);
    await dialog.getByRole('button', { name: 'Gebruiker aanmaken' }).click();
    await heading(page, 'Lotte Lezer');

    await page.getByRole('link', { name: 'Terug naar gebruikers' }).click();
    await page.getByRole('link', { name: 'Daan Beheer' }).click();
    await heading(page, 'Daan Beheer');
    expect(await page.getByLabel('Rol').isDisabled()).toBe(true);
    await page.getByText('Je eigen account kun je niet uitschakelen.').waitFor();
    await expectAccessible(page, 'own user page');
  });

  it('creates an integration key with an expiry date', async () => {
    await menu(page).getByRole('link', { name: 'Integraties' }).click();
    await heading(page, 'Integraties');
    await page.getByRole('row', { name: /Website \(demo\)/ }).waitFor();
    await page.getByRole('button', { name: 'Nieuwe API-sleutel' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nieuwe API-sleutel' });
    await dialog.getByLabel('Naam').fill('Planningstool');
    await dialog.getByLabel('Berichten ophalen (feed:read)').uncheck();
    await dialog.getByRole('button', { name: 'Sleutel aanmaken' }).click();
    await dialog.getByText('Kies minstens één recht voor de sleutel.').waitFor();
    await dialog.getByLabel('Berichten ophalen (feed:read)').check();
    await dialog.getByLabel('Verloopt op').fill('2099-12-31');
    await dialog.getByRole('button', { name: 'Sleutel aanmaken' }).click();
    await page
      .getByRole('dialog', { name: 'Je nieuwe API-sleutel' })
      .getByRole('button', { name: 'Ik heb de sleutel bewaard' })
      .click();
    await page
      .getByRole('row', { name: /Planningstool/ })
      .getByText('31 december 2099')
      .waitFor();
    await review(page, 'integrations-library');
  });

  it('lets a library editor read the profile, change the password, and nothing more', async () => {
    const editor = await openPage(browser, '/');
    await login(editor, newEmail, firstPassword);
    expect(await menu(editor).getByRole('link').allInnerTexts()).toEqual([
      'Start',
      'Berichten voor jou',
      'Beeldmateriaal',
      'Huisstijl',
      'Abonnement',
      'Inzendingen',
      'Programma',
      'Profiel',
      'Mijn account',
    ]);

    await menu(editor).getByRole('link', { name: 'Profiel' }).click();
    await editor.getByText('Alleen de beheerder van je bibliotheek kan het profiel wijzigen.').waitFor();
    expect(await editor.getByLabel('Naam in berichten').isDisabled()).toBe(true);

    await editor.goto(new URL('/gebruikers', editor.url()).href);
    await heading(editor, 'Geen toegang');
    await editor.goto(new URL('/bestaat-niet', editor.url()).href);
    await heading(editor, 'Pagina niet gevonden');

    await menu(editor).getByRole('link', { name: 'Mijn account' }).click();
    await heading(editor, 'Mijn account');
    await editor.getByLabel('Huidig wachtwoord').fill('niet-het-wachtwoord');
    await editor.getByLabel('Nieuw wachtwoord', { exact: true }).fill(secondPassword);
    await editor.getByLabel('Herhaal het nieuwe wachtwoord').fill('iets-anders-123');
    await editor.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await editor.getByText('De twee wachtwoorden zijn niet gelijk.').waitFor();
    await editor.getByLabel('Herhaal het nieuwe wachtwoord').fill(secondPassword);
    await editor.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await editor.getByText('Het huidige wachtwoord klopt niet.').first().waitFor();
    await expectAccessible(editor, 'account with errors');

    await editor.getByLabel('Huidig wachtwoord').fill(firstPassword);
    await editor.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await editor.getByText('Je wachtwoord is gewijzigd.', { exact: false }).waitFor();
    await review(editor, 'account');

    await editor.getByRole('main').getByRole('button', { name: 'Uitloggen' }).click();
    await login(editor, newEmail, secondPassword);
  });
});
