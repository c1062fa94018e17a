import type { Request, Response } from 'express';
import { unauthenticated } from '../lib/errors';
import type { Services } from '../composition';
import type { Caller } from '../modules/access/caller';
import { buildContext } from './context';
import { apiErrorBody, httpStatusOf, toApiError } from './errors';

/** What one download is: its format and file name, the rows batch by batch, and how a batch is written. */
export interface ExportPlan<T> {
  format: 'csv' | 'ndjson';
  filename: string;
  batches: AsyncGenerator<T[]>;
  /** A batch as text; `header`: the first (CSV writes its header line then). */
  serialize(rows: T[], header: boolean): string;
}

/**
 * A spreadsheet runs a cell that starts with =, +, -, @ (CSV injection); such text cells get a leading apostrophe.
 * Only free text can start so; NDJSON keeps every value exactly as stored.
 */
export function csvCell(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  const text = typeof value === 'string' ? value : value instanceof Date ? value.toISOString() : JSON.stringify(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Resolves when the client has taken what was written (or went away); leaves no listener behind. */
function drained(res: Response): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/**
 * A streamed download over HTTP (the audit log, an access review's results): signed in by the session cookie or a
 * bearer token, as the API; the plan's rows written batch by batch, each only when the client has taken the previous
 * one (backpressure), so memory stays constant however large; a client that goes away stops it. Refusals and bad input
 * are the API's errors with their HTTP status; an error after the first byte cuts the transfer.
 */
export function exportHandler<T>(services: Services, plan: (caller: Caller, req: Request) => ExportPlan<T>) {
  return async (req: Request, res: Response): Promise<void> => {
    let closed = false;
    res.on('close', () => {
      closed = true;
    });
    try {
      const context = await buildContext(services, {
        headers: req.headers,
        remoteAddress: req.ip ?? req.socket.remoteAddress ?? null,
      });
      if (!context.caller.viewer) {
        throw unauthenticated(context.invalidToken ? 'Your session has expired or was revoked: sign in again.' : undefined);
      }
      const { format, filename, batches, serialize } = plan(context.caller, req);
      // The first batch is read before any header is sent: a refusal or bad input still gets a proper error response.
      let next = await batches.next();
      res.status(200);
      res.setHeader('Content-Type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      if (format === 'csv' && next.done) res.write(serialize([], true));
      let header = true;
      while (!next.done && !closed) {
        const chunk = serialize(next.value, header);
        header = false;
        if (!res.write(chunk)) await drained(res);
        if (closed) break;
        next = await batches.next();
      }
      if (closed) await batches.return(undefined);
      else res.end();
    } catch (error) {
      // The same mapping as GraphQL's, over HTTP and WebSocket (graphql/errors.ts): unexpected errors are masked and logged.
      if (res.headersSent) {
        // Too late for a status: cut the transfer so the client sees an incomplete download, not a short file.
        toApiError(error);
        res.destroy(error instanceof Error ? error : undefined);
        return;
      }
      const body = apiErrorBody(error);
      res.status(httpStatusOf(body.errors[0].extensions?.code)).json(body);
    }
  };
}
