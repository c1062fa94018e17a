import { describe, expect, it } from 'vitest';
import { API_ERROR_CODES, DOMAIN_ERROR_CODES, DomainError } from '../lib/errors';
import { ErrorCodeType, httpStatusOf, toApiError } from './errors';

describe('the error codes, defined once', () => {
  it('are those of API.md ("Transport and identity"), plus the masked INTERNAL_SERVER_ERROR', () => {
    // API.md: Errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT, NOT_FOUND, CONFLICT, MFA_REQUIRED,
    // POLICY_VIOLATION, LAST_ADMIN_PROTECTED, plus a readable message. Nothing else leaks.
    expect(DOMAIN_ERROR_CODES).toEqual([
      'UNAUTHENTICATED',
      'FORBIDDEN',
      'BAD_USER_INPUT',
      'NOT_FOUND',
      'CONFLICT',
      'MFA_REQUIRED',
      'POLICY_VIOLATION',
      'LAST_ADMIN_PROTECTED',
    ]);
    expect(API_ERROR_CODES).toEqual([...DOMAIN_ERROR_CODES, 'INTERNAL_SERVER_ERROR']);
  });

  it('are published as the schema’s ErrorCode enum, every one', () => {
    expect(ErrorCodeType.getValues().map((value) => value.value)).toEqual(API_ERROR_CODES);
    expect(ErrorCodeType.getValues().every((value) => value.description)).toBe(true);
  });

  it('give plain HTTP answers their status; an unknown code is a client error', () => {
    expect(Object.fromEntries(API_ERROR_CODES.map((code) => [code, httpStatusOf(code)]))).toEqual({
      UNAUTHENTICATED: 401,
      FORBIDDEN: 403,
      BAD_USER_INPUT: 400,
      NOT_FOUND: 404,
      CONFLICT: 409,
      MFA_REQUIRED: 400,
      POLICY_VIOLATION: 400,
      LAST_ADMIN_PROTECTED: 400,
      INTERNAL_SERVER_ERROR: 500,
    });
    expect(httpStatusOf('SOMETHING_ELSE')).toBe(400);
    expect(httpStatusOf(undefined)).toBe(400);
    expect(httpStatusOf('toString')).toBe(400);
  });

  it('a domain error keeps its code and message', () => {
    for (const code of DOMAIN_ERROR_CODES) {
      expect(toApiError(new DomainError(code, `refused: ${code}`))).toMatchObject({ message: `refused: ${code}`, extensions: { code } });
    }
  });
});
