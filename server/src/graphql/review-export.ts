import { stringify } from 'csv-stringify/sync';
import { badInput } from '../lib/errors';
import type { Services } from '../composition';
import type { ExportRow } from '../modules/reviews/reviews.service';
import { csvCell, exportHandler } from './export-stream';

const COLUMNS = [
  'itemId',
  'principalId',
  'principalName',
  'principalEmail',
  'principalType',
  'roleId',
  'roleName',
  'scopeId',
  'scopeName',
  'assignmentId',
  'assignmentType',
  'recommendation',
  'recommendationReason',
  'decision',
  'reason',
  'reviewedById',
  'reviewedByName',
  'reviewedAt',
  'outcome',
  'outcomeByDefault',
  'applied',
  'appliedAt',
  'applyError',
] as const satisfies readonly (keyof ExportRow)[];

const record = (row: ExportRow) =>
  Object.fromEntries(COLUMNS.map((column) => [column, row[column] instanceof Date ? (row[column] as Date).toISOString() : row[column]]));

/**
 * GET /reviews/<instanceId>/export?format=csv|ndjson: an access review instance's results, item by item (who, what,
 * the recommendation, the decision and its reason, who decided, the outcome, whether it was applied), for its readers
 * and managers and its creator; streamed.
 */
export function reviewExportHandler(services: Services) {
  return exportHandler(services, (caller, req) => {
    const query = req.query as Record<string, unknown>;
    const unknown = Object.keys(query).find((name) => name !== 'format');
    if (unknown) throw badInput(`Unknown parameter "${unknown.slice(0, 40)}"; use format.`, unknown.slice(0, 40));
    const format = query.format ?? 'csv';
    if (format !== 'csv' && format !== 'ndjson') throw badInput('format must be csv or ndjson.', 'format');
    const instanceId = String(req.params.instanceId);
    return {
      format,
      filename: `elevate-review-${instanceId}.${format}`,
      batches: services.reviews.exportRows(caller, instanceId),
      serialize: (rows: ExportRow[], header: boolean) =>
        format === 'ndjson'
          ? rows.map((row) => JSON.stringify(record(row))).join('\n') + (rows.length ? '\n' : '')
          : stringify(
              rows.map((row) => COLUMNS.map((column) => csvCell(row[column]))),
              { header, columns: [...COLUMNS], record_delimiter: 'windows' },
            ),
    };
  });
}
