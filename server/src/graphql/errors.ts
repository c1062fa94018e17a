import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { DomainError } from '../lib/errors';
import { logger } from '../lib/logger';

const CLIENT_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'MFA_REQUIRED',
  'POLICY_VIOLATION',
  'LAST_ADMIN_PROTECTED',
]);
/** Apollo's own codes for requests rejected before execution; reported as bad input, which they are. */
const BEFORE_EXECUTION = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_SUPPORTED']);

/**
 * The one place errors become API errors: domain errors keep their code and message; requests rejected before execution
 * become BAD_USER_INPUT; a unique violation becomes CONFLICT (two writers raced); everything else is masked and logged.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  // graphql-js quotes the whole invalid value in its messages; a readable message is short.
  const base = { message: shorten(formatted.message), locations: formatted.locations, path: formatted.path };
  if (original instanceof DomainError) {
    return { ...base, message: original.message, extensions: { code: original.code, ...(original.details ?? {}) } };
  }
  if (original instanceof QueryFailedError) {
    const pgCode = (original as QueryFailedError & { code?: string }).code;
    if (pgCode === '23505' || pgCode === '40001' || pgCode === '40P01') {
      return { ...base, message: 'Someone else changed this at the same moment; reload and try again.', extensions: { code: 'CONFLICT' } };
    }
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_CODES.has(code)) {
    return { ...base, extensions: { code } };
  }
  if (typeof code === 'string' && BEFORE_EXECUTION.has(code)) {
    return { ...base, extensions: { code: 'BAD_USER_INPUT', reason: code } };
  }
  if (original instanceof GraphQLError && !original.path && !(original as GraphQLError).originalError) {
    return { ...base, extensions: { code: 'BAD_USER_INPUT' } };
  }
  logger.error('unexpected error', {
    error: original instanceof Error ? { name: original.name, message: original.message, stack: original.stack } : String(original),
    path: formatted.path,
  });
  return { message: 'Internal server error', path: formatted.path, locations: formatted.locations, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

function shorten(message: string, max = 300): string {
  return message.length > max ? `${message.slice(0, max)}…` : message;
}
