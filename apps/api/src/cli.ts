import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { AppError, describeStartupError, printSortedSchema } from '@bibliohub/api-core';
import { AppModule } from './app.module.js';
import { createApiApp, prepare } from './bootstrap.js';
import { runDoctor } from './doctor.js';
import { importPostsCommand, importTarget } from './import-command.js';
import {
  createApiKeyCommand,
  createTenantCommand,
  createUserCommand,
  type Options,
} from './operator-commands.js';
import { describeSeed, seedDemoData } from './seed.js';

export const SCHEMA_FILE = fileURLToPath(new URL('../schema.graphql', import.meta.url));

interface Command {
  summary: string;
  usage: string;
  /** `args`: the positional arguments after the command name. */
  run(options: Options, json: boolean, args: string[]): Promise<number>;
}

/** Runs `work` inside the same Nest modules the API uses, against the configured (or embedded) services. */
async function withApp<T>(work: (app: INestApplicationContext) => Promise<T>): Promise<T> {
  const prepared = await prepare({ quiet: true });
  try {
    const app = await NestFactory.createApplicationContext(
      AppModule.register(prepared.config, prepared.logger),
      { logger: false },
    );
    try {
      return await work(app);
    } finally {
      await app.close();
    }
  } finally {
    await prepared.infra.stop();
  }
}

function operatorCommand(
  summary: string,
  usage: string,
  run: (app: INestApplicationContext, options: Options) => Promise<Record<string, unknown>>,
): Command {
  return {
    summary,
    usage,
    async run(options, json) {
      const result = await withApp((app) => run(app, options));
      print(
        json,
        result,
        Object.entries(result)
          .map(([k, v]) => `${k.padEnd(10)} ${Array.isArray(v) ? v.join(', ') : String(v)}`)
          .join('\n'),
      );
      return 0;
    },
  };
}

const commands: Record<string, Command> = {
  migrate: {
    summary: 'Apply pending database migrations (as the owner role) and make sure the bucket exists',
    usage: 'migrate [--json]',
    async run(_options, json) {
      const { infra, migrations } = await prepare({ quiet: true });
      await infra.stop();
      print(
        json,
        migrations,
        migrations.applied.length ? `Applied: ${migrations.applied.join(', ')}` : 'Database is up to date.',
      );
      return 0;
    },
  },
  doctor: {
    summary: 'Check configuration, database and storage; say what is wrong and how to fix it',
    usage: 'doctor [--json]',
    async run(_options, json) {
      const report = await runDoctor();
      if (json) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
      else {
        for (const check of report.checks) {
          process.stdout.write(`${check.ok ? 'ok  ' : 'FAIL'}  ${check.name.padEnd(18)} ${check.detail}\n`);
          if (!check.ok && check.fix) process.stdout.write(`      fix: ${check.fix}\n`);
        }
        process.stdout.write(report.ok ? 'All checks passed.\n' : 'Some checks failed.\n');
      }
      return report.ok ? 0 : 1;
    },
  },
  'tenant:create': operatorCommand(
    'Create a library (or with --central the national office)',
    'tenant:create --name N --slug S --province P [--city C] [--website URL] [--email E] [--central] [--json]',
    createTenantCommand,
  ),
  'user:create': operatorCommand(
    'Create a user in a tenant; prints a generated password when --password is not given',
    'user:create --tenant SLUG --email E --role ROLE [--name N] [--password P] [--json]',
    createUserCommand,
  ),
  'apikey:create': operatorCommand(
    'Create an API key for a library; the key is printed once',
    'apikey:create --tenant SLUG [--name N] [--scopes feed:read,submissions:write] [--expires DATE] [--json]',
    createApiKeyCommand,
  ),
  import: {
    summary:
      'Import posts from JSON Lines or CSV as drafts of the central tenant; re-importing updates by externalId. Exit 1 when rows were skipped',
    usage: 'import posts <file.jsonl|file.csv> [--dry-run] [--tenant SLUG] [--json]',
    async run(options, json, args) {
      const file = importTarget(args);
      return withApp((app) => importPostsCommand(app, file, options, json));
    },
  },
  seed: {
    summary: 'Create demo data (only into an empty database; never with NODE_ENV=production)',
    usage: 'seed [--json]',
    async run(_options, json) {
      if (process.env['NODE_ENV'] === 'production')
        throw AppError.forbidden('PRODUCTION', 'Demo data is never created when NODE_ENV=production');
      const result = await withApp(seedDemoData);
      print(json, result, describeSeed(result));
      return 0;
    },
  },
  'schema:generate': {
    summary: 'Write apps/api/schema.graphql from the code-first schema (sorted)',
    usage: 'schema:generate [--json]',
    async run(_options, json) {
      const prepared = await prepare({ quiet: true });
      const app = await createApiApp(prepared);
      try {
        const schema = printSortedSchema(app);
        await writeFile(SCHEMA_FILE, schema);
        print(json, { file: SCHEMA_FILE, bytes: schema.length }, `Wrote ${SCHEMA_FILE}`);
        return 0;
      } finally {
        await app.close();
        await prepared.infra.stop();
      }
    },
  },
};

function print(json: boolean, data: unknown, text: string): void {
  process.stdout.write((json ? JSON.stringify(data, null, 2) : text) + '\n');
}

function help(): string {
  const width = Math.max(...Object.values(commands).map((c) => c.usage.length));
  return [
    'BiblioHub command line',
    '',
    'Usage: npm run cli -- <command> [options]',
    '',
    'Commands:',
    ...Object.values(commands).map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    '  --json      machine-readable output',
    '  --dry-run   import: check every row, write nothing',
    '  --help      this text',
    '',
    'Configuration comes from the same environment variables as `npm start` (see README).',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const text = { type: 'string' } as const;
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
      central: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      ...Object.fromEntries(
        [
          'name',
          'slug',
          'province',
          'city',
          'website',
          'email',
          'tenant',
          'role',
          'password',
          'scopes',
          'expires',
        ].map((o) => [o, text]),
      ),
    },
    allowPositionals: true,
  });
  const [name] = positionals;
  if (values.help || !name) {
    process.stdout.write(help() + '\n');
    return name || values.help ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`Unknown command "${name}". Run with --help to see the commands.\n`);
    return 2;
  }
  return command.run(values, values.json === true, positionals.slice(1));
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const e = error as AppError & { code?: string };
    if (error instanceof AppError) {
      const details = error.details?.map((d) => `\n  ${d.field}: ${d.message}`).join('') ?? '';
      process.stderr.write(`Error (${error.subCode}): ${error.message}${details}\n`);
    } else if (e.code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`${e.message}. Run with --help to see the commands.\n`);
    } else {
      process.stderr.write(describeStartupError(error) + '\n');
    }
    process.exit(1);
  },
);
