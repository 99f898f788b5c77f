// Generates the typed GraphQL operations in src/gql/ from ../api/schema.graphql and the graphql()
// calls in src/. `--check` writes nothing and exits 1 when the committed files differ (drift).
import { readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { format, resolveConfig } from 'prettier';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'src/gql');
process.chdir(root);

const outputs = await generate(
  {
    schema: '../api/schema.graphql',
    documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
    ignoreNoDocuments: false,
    silent: true,
    generates: {
      'src/gql/': {
        preset: 'client',
        presetConfig: { fragmentMasking: false },
        config: {
          documentMode: 'string',
          enumsAsTypes: true,
          onlyOperationTypes: true,
          useTypeImports: true,
          scalars: { DateTime: 'string' },
        },
      },
    },
  },
  false,
);

const expected = new Map();
for (const { filename, content } of outputs) {
  const file = join(root, filename);
  const options = (await resolveConfig(file)) ?? {};
  expected.set(file, await format(content, { ...options, filepath: file }));
}

const existing = readdirSync(outDir, { withFileTypes: true, recursive: true })
  .filter((e) => e.isFile())
  .map((e) => join(e.parentPath, e.name));
const stale = existing.filter((f) => !expected.has(f));
const changed = [...expected].filter(([f, text]) => {
  try {
    return readFileSync(f, 'utf8') !== text;
  } catch {
    return true;
  }
});

if (process.argv.includes('--check')) {
  const drift = [...changed.map(([f]) => f), ...stale];
  if (drift.length) {
    console.error(
      `Generated GraphQL types are out of date: ${drift.map((f) => relative(root, f)).join(', ')}\n` +
        'Run `npm run codegen -w @bibliohub/web` and commit the result.',
    );
    process.exit(1);
  }
  console.log('GraphQL types are up to date.');
} else {
  for (const f of stale) rmSync(f);
  for (const [f, text] of changed) {
    mkdirSync(dirname(f), { recursive: true });
    writeFileSync(f, text);
  }
  console.log(`GraphQL types: ${changed.length} file(s) written, ${stale.length} removed.`);
}
