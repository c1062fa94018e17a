import { stringify } from 'csv-stringify/sync';
import { csvCell, exportHandler } from './export-stream';
import { INSTANT_RANGE_TEXT, isAcceptedInstant } from '../lib/instants';
import { badInput } from '../lib/errors';
import type { Services } from '../composition';
import type { AuditFilter } from '../modules/audit/audit.inputs';
import type { AuditRow } from '../modules/audit/audit.verifier';

/** The export's columns, named as the GraphQL AuditEvent's fields (plus the ids and prev_hash: a file can be re-verified). */
const COLUMNS = [
  'sequence',
  'id',
  'at',
  'actorType',
  'actorId',
  'action',
  'targetPrincipalId',
  'roleId',
  'scopeId',
  'requestId',
  'assignmentId',
  'justification',
  'ticket',
  'before',
  'after',
  'clientIp',
  'userAgent',
  'prevHash',
  'hash',
] as const;

const FILTER_PARAMS = new Set(['format', 'from', 'to', 'actorId', 'targetPrincipalId', 'roleId', 'scopeId', 'includeDescendants', 'action', 'requestId', 'mine']);

type Format = 'csv' | 'ndjson';

function single(query: Record<string, unknown>, name: string): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw badInput(`${name} must be given once.`, name);
  return value;
}

function instant(query: Record<string, unknown>, name: string): Date | undefined {
  const value = single(query, name);
  if (value === undefined) return undefined;
  // The same shape as the API's DateTime: a full RFC 3339 date-time with an offset, or a plain date (midnight UTC).
  const date = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2}))?$/i.test(value) ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) throw badInput(`${name} must be an ISO-8601 date-time such as 2025-01-31T12:00:00Z.`, name);
  if (!isAcceptedInstant(date)) throw badInput(`${name} must be ${INSTANT_RANGE_TEXT}.`, name);
  return date;
}

function flag(query: Record<string, unknown>, name: string): boolean | undefined {
  const value = single(query, name);
  if (value === undefined) return undefined;
  if (value !== 'true' && value !== 'false') throw badInput(`${name} must be true or false.`, name);
  return value === 'true';
}

/** The query string of GET /audit/export as an AuditFilter (the same filter as auditEvents); unknown parameters are refused. */
export function parseExportQuery(query: Record<string, unknown>): { format: Format; filter: AuditFilter } {
  const unknown = Object.keys(query).find((name) => !FILTER_PARAMS.has(name));
  if (unknown) throw badInput(`Unknown parameter "${unknown.slice(0, 40)}"; use ${[...FILTER_PARAMS].join(', ')}.`, unknown.slice(0, 40));
  const format = single(query, 'format') ?? 'csv';
  if (format !== 'csv' && format !== 'ndjson') throw badInput('format must be csv or ndjson.', 'format');
  const actions = query.action === undefined ? undefined : ([] as unknown[]).concat(query.action);
  if (actions && !actions.every((action) => typeof action === 'string')) throw badInput('action must be text.', 'action');
  return {
    format,
    filter: {
      from: instant(query, 'from'),
      to: instant(query, 'to'),
      actorId: single(query, 'actorId'),
      targetPrincipalId: single(query, 'targetPrincipalId'),
      roleId: single(query, 'roleId'),
      scopeId: single(query, 'scopeId'),
      includeDescendants: flag(query, 'includeDescendants'),
      // Several actions: repeat the parameter or separate them with commas.
      action: (actions as string[] | undefined)?.flatMap((action) => action.split(',')).filter(Boolean),
      requestId: single(query, 'requestId'),
      mine: flag(query, 'mine'),
    },
  };
}

function record({ seq, ...row }: AuditRow): Record<(typeof COLUMNS)[number], unknown> {
  // The row's own keys in the order selected (the CSV columns and the NDJSON keys), `at` as ISO text in place.
  return { sequence: Number(seq), ...row, at: row.at.toISOString() };
}

function serialize(format: Format, rows: AuditRow[], header: boolean): string {
  const records = rows.map(record);
  if (format === 'ndjson') return records.map((r) => JSON.stringify(r)).join('\n') + '\n';
  return stringify(
    records.map((r) => COLUMNS.map((column) => csvCell(r[column]))),
    { header, columns: [...COLUMNS], record_delimiter: 'windows' },
  );
}

/**
 * GET /audit/export?format=csv|ndjson&<AuditFilter fields>: the same rows and authorization as `auditEvents`, oldest
 * first, streamed batch by batch (export-stream.ts: backpressure, errors as the API's).
 */
export function auditExportHandler(services: Services) {
  return exportHandler(services, (caller, req) => {
    const { format, filter } = parseExportQuery(req.query as Record<string, unknown>);
    const stamp = services.now().toISOString().replace(/[:.]/g, '-');
    return { format, filename: `elevate-audit-${stamp}.${format}`, batches: services.audit.export(caller, filter), serialize: (rows: AuditRow[], header) => serialize(format, rows, header) };
  });
}
