/**
 * Domain errors. Services throw these; the GraphQL layer maps them to `extensions.code` in one place (graphql/errors.ts).
 * Messages are written for the person who made the request.
 */

/**
 * Every code an API error carries in `extensions.code` (API.md, "Transport and identity"), with the HTTP status of a
 * plain HTTP answer carrying it (the REST endpoints; GraphQL answers 200 with `errors`) and what it means. The one
 * list: graphql/errors.ts maps errors to these codes and publishes them as the schema's `ErrorCode` enum, from which the
 * web generates its type (web/src/gql), so client and server cannot drift apart.
 */
export const API_ERRORS = {
  UNAUTHENTICATED: { httpStatus: 401, description: 'No valid session or API token: sign in (again)' },
  FORBIDDEN: { httpStatus: 403, description: 'Signed in, but not allowed to do this' },
  BAD_USER_INPUT: { httpStatus: 400, description: 'The request or one of its values is invalid; `extensions.field` names the field when there is one' },
  NOT_FOUND: { httpStatus: 404, description: 'No such object, or one the caller may not see (the two look the same)' },
  CONFLICT: { httpStatus: 409, description: 'The state changed meanwhile (already decided, a concurrent change, a duplicate): reload and try again' },
  MFA_REQUIRED: { httpStatus: 400, description: 'This needs a fresh multi-factor step-up: retry with a TOTP code' },
  POLICY_VIOLATION: { httpStatus: 400, description: 'Refused by the role settings or the rules of the domain (duration, justification, ticket, who may hold what)' },
  LAST_ADMIN_PROTECTED: { httpStatus: 400, description: 'This would leave the tenant without an active Global or Privileged Role Administrator' },
  INTERNAL_SERVER_ERROR: { httpStatus: 500, description: 'Something unexpected: the details are logged on the server, never sent' },
} as const satisfies Record<string, { httpStatus: number; description: string }>;

export type ApiErrorCode = keyof typeof API_ERRORS;
export const API_ERROR_CODES = Object.keys(API_ERRORS) as ApiErrorCode[];

/** What anything unexpected becomes: masked and logged. */
export const INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR' satisfies ApiErrorCode;

/** The codes a domain error carries: every API error code but the masked one. */
export type ErrorCode = Exclude<ApiErrorCode, typeof INTERNAL_SERVER_ERROR>;
export const DOMAIN_ERROR_CODES = API_ERROR_CODES.filter((code): code is ErrorCode => code !== INTERNAL_SERVER_ERROR);

export function isApiErrorCode(code: unknown): code is ApiErrorCode {
  return typeof code === 'string' && Object.hasOwn(API_ERRORS, code);
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const unauthenticated = (message = 'Sign in first: this operation needs a valid session or API token.') =>
  new DomainError('UNAUTHENTICATED', message);
export const forbidden = (message = 'You are not allowed to do this.') => new DomainError('FORBIDDEN', message);
export const badInput = (message: string, field?: string) =>
  new DomainError('BAD_USER_INPUT', message, field ? { field } : undefined);
export const notFound = (what: string, id: string) =>
  new DomainError('NOT_FOUND', `No ${what} with id "${truncate(id, 80)}" exists (or you may not see it).`);
export const conflict = (message: string) => new DomainError('CONFLICT', message);
export const mfaRequired = (message = 'This needs a fresh multi-factor step-up: provide a TOTP code.') =>
  new DomainError('MFA_REQUIRED', message);
export const policyViolation = (message: string, details?: Record<string, unknown>) =>
  new DomainError('POLICY_VIOLATION', message, details);
export const lastAdminProtected = (roleName: string) =>
  new DomainError(
    'LAST_ADMIN_PROTECTED',
    `This would leave the tenant without an active ${roleName}. Assign another one first.`,
  );

export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else cannot name a row, so it is reported as not found rather than reaching SQL. */
export function requireId(id: string, what: string): string {
  if (typeof id !== 'string' || !UUID.test(id)) throw notFound(what, String(id));
  return id.toLowerCase();
}

/** An optional argument that was given at all (an empty string counts: it names nothing and is reported as such). */
export function given<T>(value: T | null | undefined): value is T {
  return value !== null && value !== undefined;
}

export function isUuid(id: string): boolean {
  return UUID.test(id);
}
