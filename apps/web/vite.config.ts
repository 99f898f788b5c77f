import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/** In development the API runs on :3000 (or BIBLIOHUB_API); in production it serves dist/ itself. */
const API = process.env['BIBLIOHUB_API'] ?? 'http://localhost:3000';

const GENERATED = fileURLToPath(new URL('./src/gql/graphql.ts', import.meta.url));

/** The generated documents' texts by export name (`FeedDocument`, `PostFieldsFragmentDoc`). */
function generatedDocuments(): Map<string, string> {
  const source = readFileSync(GENERATED, 'utf8');
  const found = source.matchAll(/export const (\w+) = new TypedDocumentString\(\s*`([^`]*)`/g);
  return new Map([...found].map(([, name = '', text = '']) => [name, text]));
}

/**
 * Each chunk carries only the GraphQL operations it uses. The codegen's `graphql()` looks documents
 * up in a map of every operation of the app, which no bundler can split; instead, as the codegen's
 * babel plugin would, every `graphql(`…`)` call is replaced at build time by the text of its
 * generated document (`query Feed` → `FeedDocument`, `fragment X` → `XFragmentDoc`, fragments
 * included), a string the client sends as it is. The typed `graphql()` stays in the source for the
 * types; a call without a generated document is left alone (and still works through the map).
 */
function graphqlDocuments(): Plugin {
  let documents: Map<string, string> | undefined;
  return {
    name: 'bibliohub-graphql-documents',
    enforce: 'pre',
    buildStart() {
      documents = undefined;
    },
    transform(code, id) {
      const file = id.split('?')[0] ?? id;
      // What still imports the generated module gets only the documents it uses.
      if (file === GENERATED)
        return code.replaceAll('new TypedDocumentString(', '/* @__PURE__ */ new TypedDocumentString(');
      if (!/\.tsx?$/.test(file) || file.includes('/src/gql/') || !code.includes('graphql(`')) return;
      documents ??= generatedDocuments();
      const known = documents;
      return code.replace(/\bgraphql\(`([^`]*)`\)/g, (call, text: string) => {
        const op = /^\s*(query|mutation|subscription|fragment)\s+(\w+)/.exec(text);
        const name = op && (op[1] === 'fragment' ? `${op[2]}FragmentDoc` : `${op[2]}Document`);
        const generated = name ? known.get(name) : undefined;
        return generated === undefined ? call : JSON.stringify(generated);
      });
    },
  };
}

export default defineConfig({
  plugins: [graphqlDocuments(), react()],
  resolve: {
    // The shared contracts from source: no build of the library needed first.
    alias: {
      '@bibliohub/contracts': fileURLToPath(
        new URL('../../libs/shared/contracts/src/index.ts', import.meta.url),
      ),
    },
  },
  build: { outDir: 'dist', emptyOutDir: true },
  server: {
    port: 5173,
    proxy: { '/graphql': API, '/health': API, '/files': API, '/feeds': API },
  },
  preview: {
    proxy: { '/graphql': API, '/health': API, '/files': API, '/feeds': API },
  },
});
