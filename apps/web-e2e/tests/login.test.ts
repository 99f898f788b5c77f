import type { Browser } from 'playwright-core';
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
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
screenshotOnFailure(() => browser);

describe('login', () => {
  it('sends a visitor to the login page, in Dutch, accessible', async () => {
    const page = await openPage(browser, '/bibliotheken');
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/inloggen');
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await review(page, 'login');
  });

  it('explains empty fields and wrong credentials without saying which was wrong', async () => {
    const page = await openPage(browser, '/inloggen');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByText('Vul je e-mailadres in.').waitFor();
    await page.getByText('Vul je wachtwoord in.').waitFor();
    await expectAccessible(page, 'login with empty fields');

    await page.getByLabel('E-mailadres').fill(CENTRAL_ADMIN);
    await page.getByLabel('Wachtwoord').fill('niet-het-goede-wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('alert').getByText('E-mailadres of wachtwoord klopt niet.').waitFor();
    await review(page, 'login-error');
  });

  it('says when to try again after too many failed attempts', async () => {
    const page = await openPage(browser, '/inloggen');
    await page.getByLabel('E-mailadres').fill('onbekend@example.org');
    await page.getByLabel('Wachtwoord').fill('fout-wachtwoord');
    const alert = page.getByRole('alert');
    for (let attempt = 0; attempt < 6; attempt++) {
      await page.getByRole('button', { name: 'Inloggen' }).click();
      await alert.waitFor();
      if (/Te veel pogingen/.test(await alert.innerText())) break;
    }
    await expect
      .poll(() => alert.innerText())
      .toMatch(/^Te veel pogingen\. Probeer het over \d+ minuten? opnieuw\.$/);
    await screenshot(page, 'login-rate-limited');
  });

  it('switches to English and remembers it', async () => {
    const page = await openPage(browser, '/inloggen');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByText('Enter your email address.').waitFor();
    await review(page, 'login-en');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
  });

  it('works at 320 px wide', async () => {
    const page = await openPage(browser, '/inloggen', { viewport: PHONE });
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await review(page, 'login-320');
  });

  it('logs in, keeps the session over a reload, refreshes an expired token once, and logs out', async () => {
    const page = await openPage(browser, '/gebruikers');
    await login(page, CENTRAL_ADMIN);
    // Back where the visitor wanted to go? The login returns to the page asked for.
    await page.getByRole('heading', { level: 1, name: 'Gebruikers' }).waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Gebruikers' }).waitFor();

    // A broken access token: the client refreshes once with the refresh token and carries on.
    const before = await page.evaluate(
      () => JSON.parse(localStorage.getItem('bibliohub.session')!) as Record<string, string>,
    );
    await page.evaluate((s) => {
      localStorage.setItem('bibliohub.session', JSON.stringify({ ...s, accessToken: 'expired' }));
    }, before);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Gebruikers' }).waitFor();
    await page.getByRole('table').waitFor();
    const after = await page.evaluate(
      () => JSON.parse(localStorage.getItem('bibliohub.session')!) as Record<string, string>,
    );
    expect(after['refreshToken']).not.toBe(before['refreshToken']);
    expect(after['accessToken']).not.toBe('expired');

    // A refresh token that no longer works ends the session with a clear message.
    await page.evaluate(() => {
      localStorage.setItem('bibliohub.session', JSON.stringify({ accessToken: 'x', refreshToken: 'y' }));
    });
    await page.reload();
    await page.getByText('Je sessie is verlopen. Log opnieuw in.').waitFor();

    await login(page, CENTRAL_ADMIN);
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('bibliohub.session'))).toBeNull();
  });
});
