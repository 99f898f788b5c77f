import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { describeStartupError, printSortedSchema } from '@bibliohub/api-core';
import { createApiApp, prepare } from './bootstrap.js';
import { runDoctor } from './doctor.js';

export const SCHEMA_FILE = fileURLToPath(new URL('../schema.graphql', import.meta.url));

interface Command {
  summary: string;
  usage: string;
  run(args: string[], json: boolean): Promise<number>;
}

const commands: Record<string, Command> = {
  migrate: {
    summary: 'Apply pending database migrations (as the owner role) and make sure the bucket exists',
    usage: 'migrate [--json]',
    async run(_args, json) {
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
    async run(_args, json) {
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
  'schema:generate': {
    summary: 'Write apps/api/schema.graphql from the code-first schema (sorted)',
    usage: 'schema:generate [--json]',
    async run(args, json) {
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
    '  --json   machine-readable output',
    '  --help   this text',
    '',
    'Configuration comes from the same environment variables as `npm start` (see README).',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
    strict: false,
  });
  const [name, ...rest] = positionals;
  if (values.help || !name) {
    process.stdout.write(help() + '\n');
    return name || values.help ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`Unknown command "${name}". Run with --help to see the commands.\n`);
    return 2;
  }
  return command.run(rest, values.json === true);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(describeStartupError(error) + '\n');
    process.exit(1);
  },
);
