import type { ExecutionResult, FormattedExecutionResult, GraphQLFormattedError } from 'graphql';
import { GraphQLEnumType, GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { API_ERROR_CODES, API_ERRORS, DOMAIN_ERROR_CODES, DomainError, INTERNAL_SERVER_ERROR, isApiErrorCode, type ApiErrorCode } from '../lib/errors';
import { logger } from '../lib/logger';

/** Codes an error of GraphQL itself may already carry and keep (a DomainError thrown where graphql-js wraps it). */
const CLIENT_CODES = new Set<string>(DOMAIN_ERROR_CODES);
/** Apollo's own codes for requests rejected before execution; reported as bad input, which they are. */
const BEFORE_EXECUTION = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_SUPPORTED']);

/**
 * The one place errors become API errors, for every transport (HTTP, WebSocket, the REST endpoints): domain errors keep
 * their code and message; requests rejected before execution become BAD_USER_INPUT; a unique violation or a
 * serialization failure becomes CONFLICT (two writers raced); everything else is masked and logged.
 * `formatted` is graphql-js's rendering of a GraphQL error (message, locations, path); other errors have none.
 */
export function toApiError(error: unknown, formatted?: GraphQLFormattedError): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  // graphql-js quotes the whole invalid value in its messages; a readable message is short.
  const base = { message: shorten(formatted?.message ?? ''), locations: formatted?.locations, path: formatted?.path };
  if (original instanceof DomainError) {
    return { ...base, message: original.message, extensions: { code: original.code, ...(original.details ?? {}) } };
  }
  if (original instanceof QueryFailedError) {
    const pgCode = (original as QueryFailedError & { code?: string }).code;
    if (pgCode === '23505' || pgCode === '40001' || pgCode === '40P01') {
      return { ...base, message: 'Someone else changed this at the same moment; reload and try again.', extensions: { code: 'CONFLICT' satisfies ApiErrorCode } };
    }
  }
  if (formatted) {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && CLIENT_CODES.has(code)) {
      return { ...base, extensions: { code } };
    }
    if (typeof code === 'string' && BEFORE_EXECUTION.has(code)) {
      return { ...base, extensions: { code: 'BAD_USER_INPUT' satisfies ApiErrorCode, reason: code } };
    }
    // A GraphQL error of graphql-js itself (a document or a variable it refused), not one a resolver threw.
    if (original instanceof GraphQLError && !original.path && !original.originalError) {
      return { ...base, extensions: { code: 'BAD_USER_INPUT' satisfies ApiErrorCode } };
    }
  }
  logger.error('unexpected error', {
    error: original instanceof Error ? { name: original.name, message: original.message, stack: original.stack } : String(original),
    path: formatted?.path,
  });
  return { message: 'Internal server error', path: formatted?.path, locations: formatted?.locations, extensions: { code: INTERNAL_SERVER_ERROR } };
}

/** Apollo Server's `formatError` hook (HTTP). */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  return toApiError(error, formatted);
}

/** graphql-ws's errors (validation, a failed subscription source) as the HTTP transport reports them. */
export function formatErrors(errors: readonly GraphQLError[]): GraphQLFormattedError[] {
  return errors.map((error) => toApiError(error, error.toJSON()));
}

/** An execution result of graphql-ws (a query, a mutation, each subscription event) with its errors mapped; null when it has none. */
export function formatResult(result: ExecutionResult): FormattedExecutionResult | null {
  if (!result.errors?.length) return null;
  return { ...result, errors: formatErrors(result.errors) } as FormattedExecutionResult;
}

/** The status of a plain HTTP answer (REST endpoints) carrying an error with this code (lib/errors.ts#API_ERRORS). */
export function httpStatusOf(code: unknown): number {
  return isApiErrorCode(code) ? API_ERRORS[code].httpStatus : 400;
}

/**
 * The codes as a GraphQL enum. No field returns it (codes travel in `extensions.code`); it is in the schema so that
 * clients generate the list from the contract (the web: web/src/gql, `npm run codegen`) instead of copying it.
 */
export const ErrorCodeType = new GraphQLEnumType({
  name: 'ErrorCode',
  description: 'The codes API errors carry in `extensions.code`, each with a readable message (API.md)',
  values: Object.fromEntries(API_ERROR_CODES.map((code) => [code, { value: code, description: API_ERRORS[code].description }])),
});

/** The JSON body of a plain HTTP error answer: the same `{ errors: [...] }` shape as GraphQL's. */
export function apiErrorBody(error: unknown): { errors: GraphQLFormattedError[] } {
  const { message, extensions } = toApiError(error);
  return { errors: [{ message, extensions }] };
}

function shorten(message: string, max = 300): string {
  return message.length > max ? `${message.slice(0, max)}…` : message;
}
