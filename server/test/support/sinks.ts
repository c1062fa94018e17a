import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
  subject: string;
  messageId: string;
  /** The text/plain and text/html parts, quoted-printable decoded. */
  text: string;
  html: string;
}

/** Quoted-printable: soft line breaks and =XX escapes (UTF-8). */
function decodeQuotedPrintable(text: string): string {
  const joined = text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    if (joined[i] === '=' && /^[0-9A-F]{2}$/i.test(joined.slice(i + 1, i + 3))) {
      bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(joined[i], 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

function part(raw: string, type: string): string {
  const match = new RegExp(`Content-Type: ${type}[^]*?\\r?\\n\\r?\\n([^]*?)(?:\\r?\\n--|$)`, 'i').exec(raw);
  if (!match) return '';
  const headers = raw.slice(0, match.index + match[0].indexOf(match[1]));
  const encoding = /Content-Transfer-Encoding: (\S+)/i.exec(headers.slice(headers.lastIndexOf('Content-Type')))?.[1]?.toLowerCase();
  if (encoding === 'base64') return Buffer.from(match[1].replace(/\s+/g, ''), 'base64').toString('utf8');
  return encoding === 'quoted-printable' ? decodeQuotedPrintable(match[1]) : match[1];
}

function header(raw: string, name: string): string {
  const head = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
  const value = new RegExp(`^${name}: (.*)$`, 'im').exec(head)?.[1] ?? '';
  // RFC 2047 encoded words (a subject with non-ASCII characters).
  return value.replace(/=\?utf-8\?([QB])\?([^?]*)\?=\s*/gi, (_, kind: string, data: string) =>
    kind.toUpperCase() === 'B' ? Buffer.from(data, 'base64').toString('utf8') : decodeQuotedPrintable(data.replace(/_/g, ' ')),
  );
}

/** A real SMTP server on a random port that keeps every message it receives. */
export async function startSmtpSink(port = 0): Promise<{ url: string; mails: ReceivedMail[]; waitFor(count: number, timeoutMs?: number): Promise<void>; stop(): Promise<void> }> {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        mails.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw,
          subject: header(raw, 'Subject'),
          messageId: header(raw, 'Message-ID'),
          text: part(raw, 'text/plain'),
          html: part(raw, 'text/html'),
        });
        callback();
      });
    },
  });
  // A sender that dies mid-connection (R8 kills the server with SIGKILL) resets its socket: smtp-server reports that as an
  // 'error' event, which is the sender's problem, not the receiver's — without a listener it would crash the test run.
  server.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'ECONNRESET') throw error;
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const bound = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${bound}`,
    mails,
    waitFor: async (count, timeoutMs = 10_000) => {
      const until = Date.now() + timeoutMs;
      while (mails.length < count) {
        if (Date.now() > until) throw new Error(`expected ${count} mails, got ${mails.length}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface ReceivedHook {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  status: number;
}

/** Verifies `X-Elevate-Signature: t=<unix>,v1=<hex>` as a receiver would (README.md). */
export function verifySignature(secret: string, body: string, header: string | undefined): boolean {
  const parts = Object.fromEntries((header ?? '').split(',').map((item) => item.split('=') as [string, string]));
  if (!parts.t || !parts.v1) return false;
  const expected = createHmac('sha256', secret).update(`${parts.t}.${body}`).digest();
  const given = Buffer.from(parts.v1, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * A real HTTP endpoint receiving webhooks; `failures[path] = n` answers 500 to the next n requests on that path, and
 * `redirects[path] = location` answers 302 to there.
 */
export async function startWebhookSink(): Promise<{
  url: string;
  port: number;
  hooks: ReceivedHook[];
  failures: Record<string, number>;
  redirects: Record<string, string>;
  stop(): Promise<void>;
}> {
  const hooks: ReceivedHook[] = [];
  const failures: Record<string, number> = {};
  const redirects: Record<string, string> = {};
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = req.url ?? '/';
      const failing = (failures[path] ?? 0) > 0;
      if (failing) failures[path] -= 1;
      const location = redirects[path];
      const status = failing ? 500 : location ? 302 : 204;
      hooks.push({ path, headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), status });
      res.writeHead(status, location ? { location } : {}).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    hooks,
    failures,
    redirects,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
