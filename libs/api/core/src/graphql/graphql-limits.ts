import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

export interface GraphqlLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  /** Assumed page size when `first`/`last` is a variable rather than a literal. */
  defaultListSize: number;
}

export const DEFAULT_GRAPHQL_LIMITS: GraphqlLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxCost: 20_000,
  defaultListSize: 20,
};

interface Measure {
  depth: number;
  aliases: number;
  cost: number;
}

/**
 * One validation rule for depth, alias count and an estimated cost (each field costs 1, multiplied by
 * the page size `first`/`last` of every enclosing list), so hostile queries are refused before execution.
 */
export function queryLimitsRule(limits: GraphqlLimits = DEFAULT_GRAPHQL_LIMITS) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    }
    const pageSize = (field: FieldNode): number => {
      for (const arg of field.arguments ?? []) {
        if ((arg.name.value === 'first' || arg.name.value === 'last') && arg.value.kind === Kind.INT)
          return Number(arg.value.value);
        if (arg.name.value === 'first' || arg.name.value === 'last') return limits.defaultListSize;
      }
      return 1;
    };
    const measure = (set: SelectionSetNode, depth: number, seen: Set<string>): Measure => {
      const total: Measure = { depth, aliases: 0, cost: 0 };
      for (const sel of set.selections) {
        let inner: Measure | undefined;
        if (sel.kind === Kind.FIELD) {
          if (sel.alias) total.aliases += 1;
          const child = sel.selectionSet
            ? measure(sel.selectionSet, depth + 1, seen)
            : { depth: depth + 1, aliases: 0, cost: 0 };
          total.cost += 1 + pageSize(sel) * child.cost;
          total.aliases += child.aliases;
          total.depth = Math.max(total.depth, child.depth);
          continue;
        }
        if (sel.kind === Kind.INLINE_FRAGMENT) inner = measure(sel.selectionSet, depth, seen);
        if (sel.kind === Kind.FRAGMENT_SPREAD) {
          const name = sel.name.value;
          const fragment = fragments.get(name);
          if (!fragment || seen.has(name)) continue; // unknown or cyclic spreads are reported by standard rules
          inner = measure(fragment.selectionSet, depth, new Set([...seen, name]));
        }
        if (inner) {
          total.cost += inner.cost;
          total.aliases += inner.aliases;
          total.depth = Math.max(total.depth, inner.depth);
        }
      }
      return total;
    };
    return {
      OperationDefinition(node) {
        const m = measure(node.selectionSet, 0, new Set());
        const fail = (subCode: string, message: string): void =>
          context.reportError(
            new GraphQLError(message, {
              nodes: [node],
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: subCode },
            }),
          );
        if (m.depth > limits.maxDepth)
          fail('DEPTH', `Query depth ${m.depth} exceeds the limit of ${limits.maxDepth}`);
        if (m.aliases > limits.maxAliases)
          fail('ALIASES', `Query uses ${m.aliases} aliases; the limit is ${limits.maxAliases}`);
        if (m.cost > limits.maxCost)
          fail('COST', `Query cost ${m.cost} exceeds the limit of ${limits.maxCost}`);
      },
    };
  };
}
