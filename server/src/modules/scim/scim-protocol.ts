/**
 * SCIM 2.0's wire format (RFC 7643/7644), the small subset identity providers use: its error schema, filters of `eq`
 * joined by `and`, and PATCH operations as Entra ID (both of its modes) and Okta send them. Written by hand on purpose:
 * the popular patch library silently drops Entra's documented remove-member request.
 */

export const SCHEMAS = {
  user: 'urn:ietf:params:scim:schemas:core:2.0:User',
  group: 'urn:ietf:params:scim:schemas:core:2.0:Group',
  list: 'urn:ietf:params:scim:api:messages:2.0:ListResponse',
  patch: 'urn:ietf:params:scim:api:messages:2.0:PatchOp',
  error: 'urn:ietf:params:scim:api:messages:2.0:Error',
  serviceProviderConfig: 'urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig',
  resourceType: 'urn:ietf:params:scim:schemas:core:2.0:ResourceType',
  schema: 'urn:ietf:params:scim:schemas:core:2.0:Schema',
} as const;

/** An error in SCIM's own schema: the HTTP status, and where RFC 7644 names one, its scimType. */
export class ScimError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly scimType?: 'invalidFilter' | 'tooMany' | 'uniqueness' | 'mutability' | 'invalidSyntax' | 'invalidPath' | 'noTarget' | 'invalidValue',
  ) {
    super(detail);
  }

  body(): Record<string, unknown> {
    return { schemas: [SCHEMAS.error], status: String(this.status), ...(this.scimType ? { scimType: this.scimType } : {}), detail: this.detail };
  }
}

export const invalidValue = (detail: string) => new ScimError(400, detail, 'invalidValue');
export const notFoundScim = (what: string, id: string) => new ScimError(404, `${what} ${id} not found`);

/** One `attribute eq value` of a filter; attributes are lower-cased (SCIM attribute names are case-insensitive). */
export interface Equality {
  attribute: string;
  value: string | boolean | null;
}

const MAX_FILTER = 1_000;

/**
 * A filter of equalities joined by `and` (what Entra ID and Okta send: `userName eq "x"`, `externalId eq "y"`,
 * `displayName eq "z"`, and `… and …`). Anything else is invalidFilter, never a guess.
 */
export function parseFilter(filter: string): Equality[] {
  if (filter.length > MAX_FILTER) throw new ScimError(400, 'The filter is too long.', 'invalidFilter');
  const terms: Equality[] = [];
  let rest = filter.trim();
  for (;;) {
    const match = /^([A-Za-z][\w.:-]*)\s+(eq)\s+/i.exec(rest);
    if (!match) throw new ScimError(400, `Only "attribute eq value" joined by "and" is supported; got ${JSON.stringify(filter.slice(0, 100))}.`, 'invalidFilter');
    rest = rest.slice(match[0].length);
    let value: string | boolean | null;
    if (rest.startsWith('"')) {
      const quoted = /^"((?:[^"\\]|\\.)*)"/.exec(rest);
      if (!quoted) throw new ScimError(400, 'A filter value has no closing quote.', 'invalidFilter');
      value = JSON.parse(`"${quoted[1]}"`) as string;
      rest = rest.slice(quoted[0].length);
    } else {
      const word = /^(true|false|null)\b/i.exec(rest);
      if (!word) throw new ScimError(400, 'A filter value must be a quoted string, true, false or null.', 'invalidFilter');
      value = word[1].toLowerCase() === 'null' ? null : word[1].toLowerCase() === 'true';
      rest = rest.slice(word[0].length);
    }
    // An attribute's schema URN prefix (urn:…:User:userName) names the same attribute.
    terms.push({ attribute: match[1].replace(/^urn:[^ ]*:/i, '').toLowerCase(), value });
    rest = rest.trim();
    if (!rest) return terms;
    const and = /^and\s+/i.exec(rest);
    if (!and) throw new ScimError(400, `Only "and" joins filter terms; got ${JSON.stringify(rest.slice(0, 40))}.`, 'invalidFilter');
    rest = rest.slice(and[0].length);
  }
}

export interface PatchOperation {
  op: 'add' | 'replace' | 'remove';
  /** As sent (attribute names case-insensitive, so compare lower-cased); absent for a path-less add or replace. */
  path: string | null;
  value: unknown;
}

/** A PatchOp body: its schema, and operations whose `op` is add, replace or remove in any case (Entra sends "Replace"). */
export function parsePatch(body: unknown): PatchOperation[] {
  if (!body || typeof body !== 'object') throw new ScimError(400, 'A PATCH body is a PatchOp message.', 'invalidSyntax');
  const message = body as Record<string, unknown>;
  const schemas = message.schemas;
  if (!Array.isArray(schemas) || !schemas.includes(SCHEMAS.patch)) throw new ScimError(400, `A PATCH body names the schema ${SCHEMAS.patch}.`, 'invalidSyntax');
  const operations = message.Operations ?? message.operations;
  if (!Array.isArray(operations) || operations.length === 0) throw new ScimError(400, 'A PATCH body has a non-empty Operations list.', 'invalidSyntax');
  if (operations.length > 1_000) throw new ScimError(400, 'At most 1,000 operations in one PATCH.', 'tooMany');
  return operations.map((raw: unknown) => {
    if (!raw || typeof raw !== 'object') throw new ScimError(400, 'Each operation is an object.', 'invalidSyntax');
    const operation = raw as Record<string, unknown>;
    const op = typeof operation.op === 'string' ? operation.op.toLowerCase() : '';
    if (op !== 'add' && op !== 'replace' && op !== 'remove') throw new ScimError(400, `An operation's op is add, replace or remove; got ${JSON.stringify(operation.op)}.`, 'invalidSyntax');
    const path = typeof operation.path === 'string' && operation.path.trim() ? operation.path.trim() : null;
    if (operation.path !== undefined && operation.path !== null && typeof operation.path !== 'string') throw new ScimError(400, 'An operation path is text.', 'invalidPath');
    if (op === 'remove' && !path) throw new ScimError(400, 'A remove names the path it removes.', 'noTarget');
    return { op, path, value: operation.value };
  });
}

/** SCIM booleans as identity providers send them: true/false, or Entra's default mode's "True"/"False". */
export function scimBoolean(value: unknown, attribute: string): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value.trim())) return value.trim().toLowerCase() === 'true';
  throw invalidValue(`${attribute} is true or false.`);
}

/** A SCIM string attribute: text, or null to clear it. */
export function scimText(value: unknown, attribute: string, max = 500): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') throw invalidValue(`${attribute} is text.`);
  const text = value.trim();
  if (text.length > max) throw invalidValue(`${attribute} is at most ${max} characters.`);
  if (/[\u0000-\u001f\u007f]/.test(text)) throw invalidValue(`${attribute} contains control characters.`);
  return text || null;
}

/** `members[value eq "id"]`: the member ids a value-filtered path names (Entra's and Okta's remove-one form). */
export function memberFilterOf(path: string): string | null {
  const match = /^members\[\s*value\s+eq\s+"([^"]+)"\s*\]$/i.exec(path);
  return match ? match[1] : null;
}
