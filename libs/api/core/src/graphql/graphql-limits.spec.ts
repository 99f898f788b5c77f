import { buildSchema, parse, validate } from 'graphql';
import { queryLimitsRule } from './graphql-limits.js';

const schema = buildSchema(`
  type Item { id: ID! children(first: Int): [Item!]! }
  type Query { items(first: Int): [Item!]! item: Item }
`);
const limits = { maxDepth: 4, maxAliases: 2, maxCost: 500, defaultListSize: 10 };
const errors = (q: string) =>
  validate(schema, parse(q), [queryLimitsRule(limits)]).map((e) => e.extensions['limit']);

describe('queryLimitsRule', () => {
  it('accepts a query inside every limit', () => {
    expect(errors('{ items(first: 5) { id children(first: 5) { id } } }')).toEqual([]);
  });

  it('measures depth through fragments and refuses deeper queries', () => {
    expect(
      errors('{ item { children { children { ...F } } } } fragment F on Item { children { id } }'),
    ).toEqual(['DEPTH']);
  });

  it('counts aliases, including inside fragments', () => {
    expect(errors('{ a: item { id } ...Q } fragment Q on Query { b: item { id } c: item { id } }')).toEqual([
      'ALIASES',
    ]);
  });

  it('multiplies cost by page sizes and assumes the default size for variable page sizes', () => {
    // 1 + 20 * (1 + 1 + 20 * 1) = 441: inside the limit
    expect(errors('{ items(first: 20) { id children(first: 20) { id } } }')).toEqual([]);
    // 1 + 30 * (1 + 1 + 30 * 1) = 961: over it
    expect(errors('{ items(first: 30) { id children(first: 30) { id } } }')).toEqual(['COST']);
    // variables count as defaultListSize (10): 1 + 10 * (1 + 1 + 10) = 121
    expect(errors('query($n: Int) { items(first: $n) { id children(first: $n) { id } } }')).toEqual([]);
  });

  it('does not loop on cyclic fragments (left to the standard rule)', () => {
    expect(errors('{ item { ...A } } fragment A on Item { children { ...A } }')).toEqual([]);
  });
});
