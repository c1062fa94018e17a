import type { ErrorLike } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { ErrorCode } from '@/gql/graphql';

/**
 * The error codes the API puts in `extensions.code`: the schema's `ErrorCode` enum (generated into src/gql from
 * schema.graphql, which the server emits from its one list), plus NETWORK for an API that cannot be reached.
 */
export type ApiErrorCode = ErrorCode | 'NETWORK';

/** A short human title for each code, shown above the server's message (a code added to the schema must get one). */
export const PROBLEM_TITLES: Record<ApiErrorCode, string> = {
  UNAUTHENTICATED: 'Not signed in',
  FORBIDDEN: 'Not allowed',
  BAD_USER_INPUT: 'Check the input',
  NOT_FOUND: 'Not found',
  CONFLICT: 'Conflict',
  MFA_REQUIRED: 'Verification required',
  POLICY_VIOLATION: 'Refused by the role settings',
  LAST_ADMIN_PROTECTED: 'Last administrator protected',
  INTERNAL_SERVER_ERROR: 'Something went wrong',
  NETWORK: 'Connection problem',
};

/** The codes the server sends (every one but NETWORK): anything else is reported as INTERNAL_SERVER_ERROR. */
const KNOWN: ReadonlySet<string> = new Set(Object.keys(PROBLEM_TITLES).filter((code) => code !== 'NETWORK'));

export interface ApiProblem {
  code: ApiErrorCode;
  message: string;
  /** The input the server found wrong (BAD_USER_INPUT's `extensions.field`), when it names one. */
  field?: string;
}

/** Reduces whatever Apollo Client reports to the first API error: its code and the server's readable message. */
export function apiProblem(error: ErrorLike | null | undefined): ApiProblem | null {
  if (!error) return null;
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = first?.extensions?.code;
    const field = first?.extensions?.field;
    return {
      code: typeof code === 'string' && KNOWN.has(code) ? (code as ApiErrorCode) : 'INTERNAL_SERVER_ERROR',
      message: first?.message ?? error.message,
      ...(typeof field === 'string' ? { field } : {}),
    };
  }
  if (ServerError.is(error)) {
    return { code: 'NETWORK', message: `The server answered ${error.statusCode}. Try again in a moment.` };
  }
  return { code: 'NETWORK', message: 'Elevate’s API cannot be reached. Check your connection and try again.' };
}

export function hasCode(error: ErrorLike | null | undefined, code: ApiErrorCode): boolean {
  return apiProblem(error)?.code === code;
}
