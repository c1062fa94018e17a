import {
  getNamedType,
  GraphQLError,
  isInterfaceType,
  isObjectType,
  Kind,
  type ASTNode,
  type ASTVisitor,
  type FieldNode,
  type GraphQLField,
  type GraphQLNamedType,
  type ValidationContext,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../lib/pagination';

const OBJECT_COST = 2;
const SCALAR_COST = 1;
const DEPTH_FACTOR = 1.5;
const PAGE_ARGUMENTS = new Set(['first', 'last']);

/**
 * How many rows a field returns, as the cost rule counts them: `first: n` written in the document is n; a `first` given
 * as a variable is the largest page, because validation cannot see variables; a `first` left out (or null) is what
 * the resolver then returns — the argument's default in the schema, or else pageSize's (connection.ts) — so that
 * leaving it out does not price a page as one row.
 */
function rowsOf(node: FieldNode, field: GraphQLField<unknown, unknown> | undefined): number {
  const given = node.arguments?.find((argument) => PAGE_ARGUMENTS.has(argument.name.value));
  const declared = field?.args.find((argument) => PAGE_ARGUMENTS.has(argument.name));
  if (given?.value.kind === Kind.INT) return Math.max(1, Number.parseInt(given.value.value, 10));
  if (given && given.value.kind !== Kind.NULL) return MAX_PAGE_SIZE;
  if (!declared) return 1;
  return typeof declared.defaultValue === 'number' ? declared.defaultValue : DEFAULT_PAGE_SIZE;
}

/**
 * The cost of a document, priced like graphql-armor's cost rule (objects 2, scalars 1, ×1.5 per level, a selection under
 * a page of n rows paid n times), with the page size counted as `rowsOf` says: otherwise `first: $n`, or no `first`
 * at all, slips past the limit that `first: 100` hits.
 */
export function costLimitRule(maxCost: number) {
  return (context: ValidationContext): ASTVisitor => {
    const schema = context.getSchema();
    const fragmentCosts = new Map<string, number>();
    const costOf = (node: ASTNode, parentType: GraphQLNamedType | undefined, seen: ReadonlySet<string>): number => {
      if (node.kind === Kind.FRAGMENT_SPREAD) {
        const name = node.name.value;
        if (seen.has(name)) return 0; // cycles are reported by the standard rules
        if (!fragmentCosts.has(name)) {
          const fragment = context.getFragment(name);
          fragmentCosts.set(name, fragment ? costOf(fragment, undefined, new Set([...seen, name])) : 0);
        }
        return fragmentCosts.get(name) ?? 0;
      }
      if (node.kind === Kind.INLINE_FRAGMENT || node.kind === Kind.FRAGMENT_DEFINITION) {
        const type = node.typeCondition ? schema.getType(node.typeCondition.name.value) : parentType;
        return node.selectionSet.selections.reduce((sum, child) => sum + costOf(child, type, seen), 0);
      }
      if (node.kind !== Kind.FIELD) return 0;
      // Introspection is priced by nobody (graphql-armor neither); in production it is refused outright.
      if (node.name.value === '__schema' || node.name.value === '__type') return 0;
      if (!node.selectionSet) return SCALAR_COST;
      const field = isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields()[node.name.value] : undefined;
      const type = field ? getNamedType(field.type) : undefined;
      let cost = OBJECT_COST;
      for (const child of node.selectionSet.selections) {
        cost += child.kind === Kind.FIELD ? DEPTH_FACTOR * costOf(child, type, seen) : costOf(child, type, seen);
      }
      return cost * rowsOf(node, field);
    };
    return {
      OperationDefinition(operation) {
        const root = schema.getRootType(operation.operation) ?? undefined;
        const cost = Math.round(operation.selectionSet.selections.reduce((sum, child) => sum + costOf(child, root, new Set()), 0));
        if (cost > maxCost) {
          context.reportError(
            new GraphQLError(`Query Cost limit of ${maxCost} exceeded, found ${cost}: ask for fewer rows or fields.`, { nodes: [operation] }),
          );
        }
      },
    };
  };
}
