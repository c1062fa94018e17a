import { GraphQLError, Kind, type ASTNode, type ASTVisitor, type ValidationContext } from 'graphql';
import { MAX_PAGE_SIZE } from './connection';

const OBJECT_COST = 2;
const SCALAR_COST = 1;
const DEPTH_FACTOR = 1.5;

/**
 * The cost of a document, priced like graphql-armor's cost rule (objects 2, scalars 1, ×1.5 per level, a selection under
 * `first: n` paid n times) with one difference: a `first` given as a variable is priced at the largest page, because
 * validation cannot see variables — otherwise `first: $n` slips past the limit that `first: 100` hits.
 */
export function costLimitRule(maxCost: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragmentCosts = new Map<string, number>();
    const costOf = (node: ASTNode, seen: ReadonlySet<string>): number => {
      if (node.kind === Kind.FRAGMENT_SPREAD) {
        const name = node.name.value;
        if (seen.has(name)) return 0; // cycles are reported by the standard rules
        if (!fragmentCosts.has(name)) {
          const fragment = context.getFragment(name);
          fragmentCosts.set(name, fragment ? costOf(fragment, new Set([...seen, name])) : 0);
        }
        return fragmentCosts.get(name) ?? 0;
      }
      if (node.kind === Kind.INLINE_FRAGMENT || node.kind === Kind.FRAGMENT_DEFINITION) {
        return node.selectionSet.selections.reduce((sum, child) => sum + costOf(child, seen), 0);
      }
      if (node.kind !== Kind.FIELD) return 0;
      // Introspection is priced by nobody (graphql-armor neither); in production it is refused outright.
      if (node.name.value === '__schema' || node.name.value === '__type') return 0;
      if (!node.selectionSet) return SCALAR_COST;
      let rows = 1;
      const page = node.arguments?.find((argument) => argument.name.value === 'first' || argument.name.value === 'last');
      if (page) rows = page.value.kind === Kind.INT ? Math.max(1, Number.parseInt(page.value.value, 10)) : MAX_PAGE_SIZE;
      let cost = OBJECT_COST;
      for (const child of node.selectionSet.selections) {
        cost += child.kind === Kind.FIELD ? DEPTH_FACTOR * costOf(child, seen) : costOf(child, seen);
      }
      return cost * rows;
    };
    return {
      OperationDefinition(operation) {
        const cost = Math.round(operation.selectionSet.selections.reduce((sum, child) => sum + costOf(child, new Set()), 0));
        if (cost > maxCost) {
          context.reportError(
            new GraphQLError(`Query Cost limit of ${maxCost} exceeded, found ${cost}: ask for fewer rows or fields.`, { nodes: [operation] }),
          );
        }
      },
    };
  };
}
