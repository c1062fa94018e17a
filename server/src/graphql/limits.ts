import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { ValidationRule } from 'graphql';
import type { Config } from '../config';

/** Validation rules against abusive queries, shared by HTTP and WebSocket: rejected before anything executes. */
export function limitRules(config: Config): ValidationRule[] {
  return [
    maxDepthRule({ n: config.QUERY_MAX_DEPTH, flattenFragments: true, exposeLimits: true }),
    maxAliasesRule({ n: config.QUERY_MAX_ALIASES, exposeLimits: true }),
    costLimitRule({ maxCost: config.QUERY_MAX_COST, exposeLimits: true }),
  ] as unknown as ValidationRule[];
}
