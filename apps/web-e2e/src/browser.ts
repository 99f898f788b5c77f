import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterEach, inject } from 'vitest';

/** The system Chromium (Debian's `chromium` package); Playwright never downloads a browser here. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const DESKTOP = { width: 1280, height: 860 };
export const PHONE = { width: 320, height: 640 };

export interface PageOptions {
  viewport?: { width: number; height: number };
  /** UI language stored before the app loads. */
  lang?: 'nl' | 'en';
}

/** A fresh page (own storage) on the app under test. */
export async function openPage(
  browser: Browser,
  path = '/',
  { viewport = DESKTOP, lang = 'nl' }: PageOptions = {},
) {
  const context = await browser.newContext({ viewport, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  await context.addInitScript((value) => {
    if (!localStorage.getItem('bibliohub.lang')) localStorage.setItem('bibliohub.lang', value);
  }, lang);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (error) => console.error(`[browser] ${error.stack ?? error.message}`));
  await page.goto(inject('baseUrl') + path);
  return page;
}

export const DEMO_PASSWORD = 'BiblioHub-demo-2026!';
export const CENTRAL_ADMIN = 'admin@bibliotheek.nl';
export const LIBRARY_ADMIN = 'beheer@bibliotheekdelft.nl';
export const LIBRARY_EDITOR = 'redactie@bibliotheekdelft.nl';

/** Logs in through the form and waits for the app's main menu. */
export async function login(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  // On a phone the menu is folded away (hidden) until opened.
  await page
    .getByRole('navigation', { name: 'Hoofdmenu', includeHidden: true })
    .waitFor({ state: 'attached' });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
}

/** Runs axe-core (WCAG 2.0/2.1 A and AA) on the page as it is now; throws listing every violation. */
export async function expectAccessible(page: Page, label: string) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(
    () =>
      (window as unknown as { axe: { run(ctx: Document, o: object): Promise<unknown> } }).axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      }) as Promise<AxeResult>,
  );
  if (result.violations.length) {
    const lines = result.violations.map(
      (v) =>
        `- ${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
    );
    throw new Error(`Accessibility violations on ${label}:\n${lines.join('\n')}`);
  }
}

const screenshots = fileURLToPath(new URL('../screenshots/', import.meta.url));
mkdirSync(screenshots, { recursive: true });

/**
 * Saves a screenshot as apps/web-e2e/screenshots/<name>.png for reviewers: the whole page from the
 * top, or with `{ fullPage: false }` what is on screen (for open dialogs).
 */
export async function screenshot(page: Page, name: string, { fullPage = true } = {}) {
  if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${screenshots}${name}.png`, fullPage });
}

/** Checks accessibility and takes a screenshot: the two things every screen gets. */
export async function review(page: Page, name: string, options?: { fullPage?: boolean }) {
  await expectAccessible(page, name);
  await screenshot(page, name, options);
}

/** After a failed test, saves a screenshot of each open page as FAILED-<test>-<n>.png. */
export function screenshotOnFailure(browser: () => Browser | undefined) {
  afterEach(async ({ task }) => {
    if (task.result?.state !== 'fail') return;
    const pages =
      browser()
        ?.contexts()
        .flatMap((c) => c.pages()) ?? [];
    const name = task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60);
    await Promise.all(pages.map((p, i) => p.screenshot({ path: `${screenshots}FAILED-${name}-${i}.png` })));
  });
}

export const CENTRAL_EDITOR = 'redacteur@bibliotheek.nl';
export const OTHER_LIBRARY_ADMIN = 'beheer@oba.nl';

/**
 * Runs a GraphQL operation against the hub as a demo user: for setting up or looking up data that
 * a test then checks in the browser (ids for addresses, say). Throws on errors.
 */
export async function graphqlAs<T>(email: string, query: string, variables: Record<string, unknown> = {}) {
  const token = await accessTokenOf(email);
  return (await postGraphQL({ query, variables }, token)) as T;
}

async function postGraphQL(body: object, token?: string): Promise<unknown> {
  const response = await fetch(`${inject('baseUrl')}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
  if (json.errors?.length) throw new Error(json.errors.map((e) => e.message).join('; '));
  return json.data;
}

async function accessTokenOf(email: string): Promise<string> {
  const data = (await postGraphQL({
    query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
    variables: { e: email, p: DEMO_PASSWORD },
  })) as { login: { accessToken: string } };
  return data.login.accessToken;
}

/** A tiny PNG (1 × 1 px, teal) that every image kind accepts. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** Uploads a file as a demo user and turns it into an asset (the two steps of docs/assets.md). */
export async function uploadAssetAs(
  email: string,
  kind: string,
  filename: string,
  bytes: Buffer,
  input: object,
) {
  const token = await accessTokenOf(email);
  const response = await fetch(
    `${inject('baseUrl')}/files/uploads?kind=${kind}&filename=${encodeURIComponent(filename)}`,
    { method: 'PUT', headers: { authorization: `Bearer ${token}` }, body: new Uint8Array(bytes) },
  );
  if (response.status !== 201) throw new Error(`Upload failed: ${response.status} ${await response.text()}`);
  const { uploadToken } = (await response.json()) as { uploadToken: string };
  const data = (await postGraphQL(
    {
      query: 'mutation($input: FinalizeAssetUploadInput!) { finalizeAssetUpload(input: $input) { id } }',
      variables: { input: { ...input, uploadToken } },
    },
    token,
  )) as { finalizeAssetUpload: { id: string } };
  return data.finalizeAssetUpload.id;
}
