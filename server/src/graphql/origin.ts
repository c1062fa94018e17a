import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { NextFunction, Request, Response } from 'express';
import { corsOrigins, type Config } from '../config';
import { forbidden } from '../lib/errors';
import { apiErrorBody, httpStatusOf } from './errors';

/**
 * Cross-site requests (R13). A browser names the page's origin on every WebSocket handshake and on every POST, and it
 * sends the session cookie along whatever page made the request. A request whose Origin is present and not in the
 * allow-list (CORS_ORIGINS, the same list CORS answers) is therefore a foreign page acting with someone's credentials:
 * it is refused before any credential is read or anything runs — with a cookie or a bearer token alike, since a
 * browser page is never a script. Clients that are not browsers (scripts, curl, other servers) send no Origin.
 */
export class OriginPolicy {
  private readonly allowed: ReadonlySet<string>;

  constructor(origins: readonly string[]) {
    this.allowed = new Set(origins.map(normalize).filter((origin): origin is string => origin !== null));
  }

  static of(config: Config): OriginPolicy {
    return new OriginPolicy(corsOrigins(config));
  }

  /** No Origin at all (not a browser), or one of the allowed origins, exactly. */
  allows(origin: string | string[] | undefined): boolean {
    if (origin === undefined) return true;
    if (typeof origin !== 'string') return false;
    return this.allowed.has(origin.trim().toLowerCase());
  }

  /** Express middleware: a foreign origin gets 403 with a FORBIDDEN error, and no handler after it runs. */
  middleware() {
    return (req: Request, res: Response, next: NextFunction): void => {
      if (this.allows(req.headers.origin)) return next();
      const error = refusal();
      res.status(httpStatusOf(error.code)).json(apiErrorBody(error));
    };
  }

  /** For the HTTP server's `upgrade`: answers a foreign handshake with 403 and closes it; true when it may proceed. */
  admitsUpgrade(request: IncomingMessage, socket: Duplex): boolean {
    if (this.allows(request.headers.origin)) return true;
    const body = JSON.stringify(apiErrorBody(refusal()));
    socket.end(
      `HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
    return false;
  }
}

const refusal = () => forbidden('Requests from this origin are not allowed: open Elevate from its own address.');

/** An allow-list entry as browsers serialize an origin (scheme://host[:port], lower case, no path); null if not a URL. */
function normalize(entry: string): string | null {
  try {
    const origin = new URL(entry.trim()).origin;
    return origin === 'null' ? null : origin.toLowerCase();
  } catch {
    return null;
  }
}
