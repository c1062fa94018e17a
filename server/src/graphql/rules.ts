import type { AuthChecker } from 'type-graphql';
import { unauthenticated } from '../lib/errors';
import { assertIsUser } from '../modules/access/policy';
import type { GraphQLContext } from './context';

/**
 * The transport-level rule of every operation, declared with `@Authorized(Rule.X, '<service policy>')`. The second
 * string says what the service then checks on the resource itself (DOMAIN.md's "Who may do what"); both are part of the
 * permission surface that a test snapshots, so that no operation goes without a declared rule.
 */
export enum Rule {
  /** Anyone, signed in or not (signIn). */
  PUBLIC = 'PUBLIC',
  /** Any signed-in principal: a user's session or a service principal's API token. */
  SIGNED_IN = 'SIGNED_IN',
  /** A signed-in user (not a service principal). */
  USER = 'USER',
}

const RULES = new Set<string>(Object.values(Rule));

export function isRule(value: string): value is Rule {
  return RULES.has(value);
}

export const authChecker: AuthChecker<GraphQLContext> = ({ context }, roles) => {
  // Class-level @Authorized() without a rule: default deny to anonymous callers.
  const rule = roles.find(isRule) ?? Rule.SIGNED_IN;
  if (rule === Rule.PUBLIC) return true;
  const viewer = context.caller.viewer;
  if (!viewer) {
    throw unauthenticated(context.invalidToken ? 'Your session has expired or was revoked: sign in again.' : undefined);
  }
  if (rule === Rule.USER) assertIsUser(viewer);
  return true;
};
