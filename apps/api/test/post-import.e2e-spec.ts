import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Role } from '@bibliohub/contracts';
import { PostImportService, type ImportProgress, type ImportSummary } from '@bibliohub/api-content';
import {
  asOwner,
  createCentral,
  createSignedInUser,
  createTestApp,
  type TestApp,
} from '@bibliohub/api-testing';
import { AppModule } from '../src/app.module.js';

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

interface PostRow {
  id: string;
  external_id: string;
  tenant_id: string;
  title: string;
  body: string;
  status: string;
  version: number;
  theme_slug: string | null;
  target_groups: string[];
  goal: string | null;
  language: string;
  tags: string[];
  variants: Record<string, { text: string; hashtags: string[]; link: string | null }>;
  channels: string[];
  suggested_publish_at: Date | null;
}

const jsonl = (...rows: (object | string)[]) =>
  rows.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n';

describe('bulk import of posts (cli import posts)', () => {
  let t: TestApp;
  let dir: string;
  let centralId: string;
  let editor: Record<string, string>;

  const importFile = (name: string, content: string, options: { dryRun?: boolean } = {}) => {
    const file = join(dir, name);
    writeFileSync(file, content);
    return t.app.get(PostImportService).importFile(file, options);
  };
  const posts = (prefix: string) =>
    asOwner<PostRow>(
      t,
      `SELECT p.*, t.slug AS theme_slug FROM posts p LEFT JOIN themes t ON t.id = p.theme_id
        WHERE p.external_id LIKE $1 ORDER BY p.external_id`,
      [`${prefix}%`],
    );
  const errorsOf = (summary: ImportSummary) =>
    summary.errors.map((e) => ({ line: e.line, field: e.field, reason: e.reason }));

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bibliohub-import-'));
    t = await createTestApp((config, logger) => AppModule.register(config, logger));
    const central = await createCentral(t);
    centralId = central.id;
    editor = (await createSignedInUser(t, central.id, Role.CENTRAL_EDITOR)).headers;
    for (const [slug, name] of [
      ['boekenweek', 'Boekenweek'],
      ['voorleesdagen', 'Nationale Voorleesdagen'],
    ]) {
      const res = await t.gql(
        `mutation($slug: String!, $name: String!) { createTheme(input: { kind: CAMPAIGN, name: $name, slug: $slug, colour: "#E4572E" }) { id } }`,
        { slug, name },
        editor,
      );
      if (!res.data) throw new Error(JSON.stringify(res.errors));
    }
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const full = {
    externalId: 'j-1',
    title: 'Boekenweek in {{bibliotheek.plaats}}',
    body: 'Kom naar {{bibliotheek.naam}}: het boekenweekgeschenk ligt klaar.',
    theme: 'boekenweek',
    targetGroups: ['VOLWASSENEN', 'SENIOREN'],
    goal: 'MARKETING',
    language: 'NL',
    tags: ['Boekenweek', 'geschenk'],
    availableFrom: '2027-03-01T00:00:00Z',
    availableUntil: '2027-03-31T00:00:00Z',
    suggestedPublishAt: '2027-03-13T09:00:00Z',
    variants: [
      {
        channel: 'X',
        text: 'Het boekenweekgeschenk ligt klaar bij {{bibliotheek.naam}}!',
        hashtags: ['boekenweek'],
      },
      {
        channel: 'INSTAGRAM',
        text: 'Boekenweek! 📚',
        hashtags: ['#boekenweek', 'lezen'],
        callToAction: 'Reserveer nu',
        link: '{{bibliotheek.website}}',
      },
      { channel: 'FACEBOOK', text: 'Kom langs in {{bibliotheek.plaats}}.' },
    ],
  };

  it('imports good JSONL rows as central drafts, reporting bad rows by line and field and skipping them', async () => {
    const progress: ImportProgress[] = [];
    const file = join(dir, 'posts.jsonl');
    writeFileSync(
      file,
      jsonl(
        full, // 1
        { externalId: 'j-2', title: 'Alleen het nodige', body: 'Een korte tekst.' }, // 2
        { externalId: 'j-3', title: 'Hoi', body: 'Welkom {{bibliotheek.burgemeester}}' }, // 3
        {
          externalId: 'j-4',
          title: 'Te lang',
          body: 'b',
          variants: [{ channel: 'x', text: 'a'.repeat(281) }],
        }, // 4
        { externalId: 'j-5', title: 'Onbekend thema', body: 'b', theme: 'zomerlezen' }, // 5
        { externalId: 'j-6', body: 'zonder titel' }, // 6
        '{"externalId": "j-7", "title": "kapot", ', // 7
        '', // 8: blank lines are not rows
        {
          externalId: 'j-9',
          title: 'Voor ouders',
          body: 'b',
          targetGroups: 'jeugd; ouders',
          tags: 'a;b',
          goal: 'klantenbinding',
          theme: 'Voorleesdagen',
        }, // 9
        { ...full, title: 'Dubbel' }, // 10: same externalId as line 1
        { title: 'Zonder id', body: 'b' }, // 11
      ),
    );
    const summary = await t.app
      .get(PostImportService)
      .importFile(file, { onProgress: (p) => progress.push(p) });

    expect(summary).toMatchObject({
      format: 'jsonl',
      dryRun: false,
      rows: 10,
      imported: 3,
      updated: 0,
      unchanged: 0,
      skipped: 7,
    });
    expect(errorsOf(summary)).toEqual([
      { line: 3, field: 'body', reason: 'unknownPlaceholder' },
      { line: 4, field: 'variants.X', reason: 'maxLength' },
      { line: 5, field: 'theme', reason: 'unknownTheme' },
      { line: 6, field: 'title', reason: 'required' },
      { line: 7, field: '(json)', reason: 'malformedJson' },
      { line: 10, field: 'externalId', reason: 'duplicate' },
      { line: 11, field: 'externalId', reason: 'required' },
    ]);
    expect(summary.errors[0].message).toContain('{{bibliotheek.burgemeester}}');
    expect(summary.errors[0].externalId).toBe('j-3');
    expect(summary.errors[2].message).toContain('boekenweek');
    expect(progress.at(-1)).toMatchObject({ done: 10, total: 10 });

    const rows = await posts('j-');
    expect(rows.map((r) => r.external_id)).toEqual(['j-1', 'j-2', 'j-9']);
    const [one, two, nine] = rows;
    expect(one).toMatchObject({
      tenant_id: centralId,
      status: 'DRAFT',
      version: 1,
      title: 'Boekenweek in {{bibliotheek.plaats}}',
      theme_slug: 'boekenweek',
      target_groups: ['VOLWASSENEN', 'SENIOREN'],
      goal: 'MARKETING',
      tags: ['boekenweek', 'geschenk'],
      channels: ['FACEBOOK', 'INSTAGRAM', 'X'],
      suggested_publish_at: new Date('2027-03-13T09:00:00Z'),
    });
    expect(one.variants['INSTAGRAM']).toEqual({
      text: 'Boekenweek! 📚',
      hashtags: ['boekenweek', 'lezen'],
      link: '{{bibliotheek.website}}',
      callToAction: 'Reserveer nu',
    });
    expect(two).toMatchObject({
      language: 'NL',
      target_groups: [],
      goal: null,
      theme_slug: null,
      channels: [],
    });
    expect(nine).toMatchObject({
      target_groups: ['JEUGD', 'OUDERS'],
      tags: ['a', 'b'],
      goal: 'KLANTENBINDING',
      theme_slug: 'voorleesdagen',
    });

    // Each imported post has its first revision and an audit entry by the operator (system).
    const revisions = await asOwner<{ number: number; action: string }>(
      t,
      'SELECT number, action FROM post_revisions WHERE post_id = $1',
      [one.id],
    );
    expect(revisions).toEqual([{ number: 1, action: 'import' }]);
    const audit = await asOwner<{
      action: string;
      actor_kind: string;
      before: unknown;
      after: { title: string };
    }>(t, 'SELECT action, actor_kind, before, after FROM audit_log WHERE entity_id = ANY($1) ORDER BY id', [
      rows.map((r) => r.id),
    ]);
    expect(audit).toHaveLength(3);
    expect(audit[0]).toMatchObject({
      action: 'post.import',
      actor_kind: 'SYSTEM',
      before: null,
      after: { title: full.title },
    });
  });

  it('updates on re-import instead of duplicating, leaves unchanged posts alone and refuses archived ones', async () => {
    const rows = [
      { externalId: 'r-1', title: 'Eerste', body: 'tekst' },
      { externalId: 'r-2', title: 'Tweede', body: 'tekst', tags: ['x'] },
      { externalId: 'r-3', title: 'Derde', body: 'tekst' },
    ];
    const first = await importFile('again.jsonl', jsonl(...rows));
    expect(first).toMatchObject({ imported: 3, updated: 0, skipped: 0 });
    const [, , third] = await posts('r-');
    const archived = await t.gql(
      'mutation($id: ID!) { archivePost(id: $id, version: 1) { status } }',
      { id: third.id },
      editor,
    );
    expect(archived.data).toEqual({ archivePost: { status: 'ARCHIVED' } });

    const again = await importFile(
      'again.jsonl',
      jsonl(
        rows[0],
        { ...rows[1], title: 'Tweede, herzien', tags: [] },
        { ...rows[2], title: 'Derde, herzien' },
      ),
    );
    expect(again).toMatchObject({ rows: 3, imported: 0, updated: 1, unchanged: 1, skipped: 1 });
    expect(errorsOf(again)).toEqual([{ line: 3, field: 'externalId', reason: 'archived' }]);

    const after = await posts('r-');
    expect(after.map((r) => [r.external_id, r.title, r.version, r.tags])).toEqual([
      ['r-1', 'Eerste', 1, []],
      ['r-2', 'Tweede, herzien', 2, []],
      ['r-3', 'Derde', 2, []],
    ]);
    const revisions = await asOwner<{ number: number; action: string }>(
      t,
      'SELECT number, action FROM post_revisions WHERE post_id = $1 ORDER BY number',
      [after[1].id],
    );
    expect(revisions).toEqual([
      { number: 1, action: 'import' },
      { number: 2, action: 'import:update' },
    ]);
    const audit = await asOwner<{ action: string; before: { title: string }; after: { title: string } }>(
      t,
      'SELECT action, before, after FROM audit_log WHERE entity_id = $1 ORDER BY id',
      [after[1].id],
    );
    expect(audit.map((a) => a.action)).toEqual(['post.import', 'post.import']);
    expect(audit[1]).toMatchObject({ before: { title: 'Tweede' }, after: { title: 'Tweede, herzien' } });
  });

  it('reads RFC 4180 CSV: quotes, escaped quotes, line breaks in fields, CRLF; errors name the column', async () => {
    const long = 'x'.repeat(300);
    const csv = [
      'externalId,title,body,theme,targetGroups,goal,tags,suggestedPublishAt,facebook,instagram,x,hashtags',
      'c-1,"Voorlezen, samen","Zeg ""hallo"" tegen',
      '{{bibliotheek.naam}}",voorleesdagen,"[""OUDERS"",""JEUGD""]",MARKETING,voorlezen;prentenboek,2027-01-22,Lees voor!,Lees voor 📚,Kort op X,#voorlezen;nvld',
      'c-2,Alleen tekst,b,,,,,,,,,',
      `c-3,Te lang op X,b,,,,,,,,${long},`,
      'c-4,Instagram fout,b,,,,,,,Hoi {{bibliotheek.wethouder}},,',
      'c-5,,zonder titel,,,,,,,,,',
      'c-6,te weinig velden',
      'c-7,Onbekende doelgroep,b,,kleuters,,,,,,,',
    ].join('\r\n');
    const summary = await importFile('posts.csv', csv + '\r\n');
    expect(summary).toMatchObject({ format: 'csv', rows: 7, imported: 2, skipped: 5 });
    expect(errorsOf(summary)).toEqual([
      { line: 5, field: 'x', reason: 'maxLength' },
      { line: 6, field: 'instagram', reason: 'unknownPlaceholder' },
      { line: 7, field: 'title', reason: 'required' },
      { line: 8, field: '(row)', reason: 'columnCount' },
      { line: 9, field: 'targetGroups', reason: 'isEnum' },
    ]);
    const [one, two] = await posts('c-');
    expect(one).toMatchObject({
      title: 'Voorlezen, samen',
      body: 'Zeg "hallo" tegen\r\n{{bibliotheek.naam}}',
      theme_slug: 'voorleesdagen',
      target_groups: ['OUDERS', 'JEUGD'],
      tags: ['voorlezen', 'prentenboek'],
      channels: ['FACEBOOK', 'INSTAGRAM', 'X'],
      suggested_publish_at: new Date('2027-01-22T00:00:00Z'),
    });
    expect(one.variants['X']).toMatchObject({ text: 'Kort op X', hashtags: ['voorlezen', 'nvld'] });
    expect(two).toMatchObject({ title: 'Alleen tekst', channels: [] });
  });

  it('refuses a CSV header with unknown or missing columns before reading rows', async () => {
    await expect(importFile('bad-header.csv', 'externalId,titel,body\n1,a,b\n')).rejects.toMatchObject({
      subCode: 'UNKNOWN_COLUMN',
    });
    await expect(importFile('no-title.csv', 'externalId,body\n1,b\n')).rejects.toMatchObject({
      subCode: 'MISSING_COLUMN',
    });
  });

  it('writes nothing in a dry run, but says what would happen', async () => {
    const count = async () =>
      (
        await asOwner<{ posts: number; revisions: number; audit: number }>(
          t,
          `SELECT (SELECT count(*)::int FROM posts) AS posts, (SELECT count(*)::int FROM post_revisions) AS revisions,
                  (SELECT count(*)::int FROM audit_log) AS audit`,
        )
      )[0];
    const before = await count();
    const summary = await importFile(
      'dry.jsonl',
      jsonl(
        { externalId: 'd-1', title: 'Nieuw', body: 'b' },
        { externalId: 'j-2', title: 'Alleen het nodige, anders', body: 'Een korte tekst.' },
        { externalId: 'd-3', title: 'Fout {{x.y}}', body: 'b' },
      ),
      { dryRun: true },
    );
    expect(summary).toMatchObject({ dryRun: true, rows: 3, imported: 1, updated: 1, skipped: 1 });
    expect(await count()).toEqual(before);
    expect(await posts('d-')).toEqual([]);
  });

  it('runs as `cli import posts <file> --json` and exits 1 when rows were skipped', async () => {
    const file = join(dir, 'cli.jsonl');
    writeFileSync(
      file,
      jsonl(
        { externalId: 'cli-1', title: 'Via de CLI', body: 'b' },
        { externalId: 'cli-2', title: '', body: 'b' },
      ),
    );
    const run = (args: string[]) =>
      promisify(execFile)(process.execPath, [CLI, ...args], {
        env: {
          ...process.env,
          DATABASE_URL: t.config.database.url,
          DATA_DIR: dir,
          LOG_LEVEL: 'silent', // logs go to stdout; --json output must stay parseable
          NODE_ENV: 'test',
        },
      }).then(
        (r) => ({ code: 0, stdout: r.stdout }),
        (e: { code: number; stdout: string; stderr: string }) => ({
          code: e.code,
          stdout: e.stdout,
          stderr: e.stderr,
        }),
      );
    const dry = await run(['import', 'posts', file, '--dry-run', '--json']);
    expect(dry.code).toBe(1);
    expect(JSON.parse(dry.stdout)).toMatchObject({
      dryRun: true,
      imported: 1,
      skipped: 1,
      errors: [{ line: 2, field: 'title' }],
    });
    expect(await posts('cli-')).toEqual([]);

    const real = await run(['import', 'posts', file]);
    expect(real.code).toBe(1);
    expect(real.stdout).toContain('imported   1');
    expect(real.stdout).toMatch(/line 2 \(cli-2\)\s+title:/);
    expect((await posts('cli-')).map((p) => p.title)).toEqual(['Via de CLI']);

    const wrong = await run(['import', 'posts', join(dir, 'posts.txt')]);
    expect(wrong.code).toBe(1);
  });
});
