/**
 * Domain errors. Services throw these; the GraphQL layer maps them to `extensions.code` in one place (graphql/errors.ts).
 * Messages are written for the person who made the request.
 */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'MFA_REQUIRED'
  | 'POLICY_VIOLATION'
  | 'LAST_ADMIN_PROTECTED';

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
