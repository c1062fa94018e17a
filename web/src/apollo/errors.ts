import type { ErrorLike } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/** The error codes the API puts in `extensions.code` (API.md). */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'MFA_REQUIRED'
  | 'POLICY_VIOLATION'
  | 'LAST_ADMIN_PROTECTED'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK';

const KNOWN = new Set<string>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'MFA_REQUIRED',
  'POLICY_VIOLATION',
  'LAST_ADMIN_PROTECTED',
  'INTERNAL_SERVER_ERROR',
]);

export interface ApiProblem {
  code: ApiErrorCode;
  message: string;
}

/** Reduces whatever Apollo Client reports to the first API error: its code and the server's readable message. */
export function apiProblem(error: ErrorLike | null | undefined): ApiProblem | null {
  if (!error) return null;
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = first?.extensions?.code;
    return {
      code: typeof code === 'string' && KNOWN.has(code) ? (code as ApiErrorCode) : 'INTERNAL_SERVER_ERROR',
      message: first?.message ?? error.message,
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

/** A short human title for each code, shown above the server's message. */
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
