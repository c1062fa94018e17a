import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { NoSchemaIntrospectionCustomRule, type GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import type { Config } from '../config';
import { costLimitRule } from './cost';

/** graphql-armor's rules report through the validation context (a normal 400 error), instead of throwing (a 500). */
const report = {
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
  exposeLimits: true,
};

/**
 * Validation rules against abusive queries, shared by HTTP and WebSocket: rejected before anything executes. In production
 * introspection is refused too (Apollo does that for HTTP itself; the WebSocket path needs the rule).
 */
export function limitRules(config: Config, options: { introspection: boolean }): ValidationRule[] {
  const rules = [
    maxDepthRule({ n: config.QUERY_MAX_DEPTH, flattenFragments: true, ...report }),
    maxAliasesRule({ n: config.QUERY_MAX_ALIASES, ...report }),
    costLimitRule(config.QUERY_MAX_COST),
  ] as unknown as ValidationRule[];
  if (!options.introspection) rules.push(NoSchemaIntrospectionCustomRule);
  return rules;
}
