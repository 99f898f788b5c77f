import { ApolloServer } from '@apollo/server';
import {
  buildSchema,
  GraphQLError,
  graphql,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
} from 'graphql';
import { compileQuery } from 'graphql-jit';
import { jitExecutionPlugin } from './jit-execution.js';

const typeDefs = `
  type Item { id: ID! name: String! }
  type Query { items(n: Int!): [Item!]! failing: String counter: Int! }
  type Mutation { bump: Int! }
`;

describe('jitExecutionPlugin', () => {
  let calls: Record<string, number>;
  let compiled: number;
  let server: ApolloServer;
  const schema = buildSchema(typeDefs);
  const resolve = (
    type: GraphQLObjectType | null | undefined,
    field: string,
    fn: GraphQLFieldResolver<unknown, unknown>,
  ) => {
    type!.getFields()[field].resolve = fn;
  };
  resolve(schema.getQueryType(), 'items', (_, { n }: { n: number }) => {
    calls['items'] = (calls['items'] ?? 0) + 1;
    return Array.from({ length: n }, (_, i) => ({ id: String(i), name: `item ${i}` }));
  });
  resolve(schema.getQueryType(), 'failing', () => {
    calls['failing'] = (calls['failing'] ?? 0) + 1;
    throw new GraphQLError('nope', { extensions: { code: 'NOT_FOUND' } });
  });
  resolve(schema.getQueryType(), 'counter', () => 1);
  resolve(schema.getMutationType(), 'bump', () => 1);

  beforeEach(async () => {
    calls = {};
    compiled = 0;
    const compile: typeof compileQuery = (...args) => {
      compiled += 1;
      return compileQuery(...args);
    };
    server = new ApolloServer({
      schema,
      plugins: [jitExecutionPlugin(compile)],
      formatError: (formatted) => ({ ...formatted, message: `formatted: ${formatted.message}` }),
    });
    await server.start();
  });
  afterEach(() => server.stop());

  const run = async (query: string, variables?: Record<string, unknown>) => {
    const res = await server.executeOperation({ query, variables });
    if (res.body.kind !== 'single') throw new Error('expected a single result');
    return res.body.singleResult;
  };

  it('compiles a query on its second run and answers exactly as graphql-js does', async () => {
    const query = 'query($n: Int!) { items(n: $n) { id name } counter }';
    const expected = await graphql({ schema, source: query, variableValues: { n: 3 } });
    calls = {};
    for (let i = 0; i < 4; i++) expect(await run(query, { n: 3 })).toEqual({ data: expected.data });
    expect(compiled).toBe(1);
    expect(calls['items']).toBe(4);
  });

  it('never compiles a query that comes once, nor a mutation', async () => {
    await run('{ counter }');
    await run('mutation { bump }');
    await run('mutation { bump }');
    expect(compiled).toBe(0);
  });

  it('hands an answer with errors to the standard path, so errors are formatted as always', async () => {
    const query = '{ failing }';
    for (let i = 0; i < 3; i++) {
      const result = await run(query);
      expect(result.errors?.[0]).toMatchObject({
        message: 'formatted: nope',
        extensions: { code: 'NOT_FOUND' },
      });
    }
    expect(compiled).toBe(1);
    // Runs 2 and 3 ran compiled, failed, and ran again the standard way.
    expect(calls['failing']).toBe(5);
  });
});
