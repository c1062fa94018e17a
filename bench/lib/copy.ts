import { createRequire } from 'node:module';
import path from 'node:path';
import type { Client } from 'pg';

// The same `pg` the server's TypeORM loads (one module instance).
const requireHere = createRequire(path.join(__dirname, '..', '..', 'package.json'));
const pg = requireHere('pg') as Omit<typeof import('pg'), 'Query'> & { Query: new (text: string) => PgQuery };

interface PgConnection {
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
}
interface PgQuery {
  callback?: (error: Error | null) => void;
  handleCopyInResponse(connection: PgConnection): void;
}

/** A value for COPY's text format: NULL as \N, arrays as {a,b}, dates as ISO-8601, text escaped. */
export function cell(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return `{${value.join(',')}}`;
  const text = String(value);
  return /[\\\t\n\r]/.test(text) ? text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : text;
}

export function line(values: unknown[]): string {
  return values.map(cell).join('\t') + '\n';
}

/**
 * `COPY table (columns) FROM STDIN` without pg-copy-streams (not installed): pg's Query with its copy-in hook, which
 * pg-copy-streams also uses. `lines` are complete text-format lines ending in \n.
 */
export async function copyInto(client: Client, table: string, columns: string[], lines: (string | Buffer)[]): Promise<void> {
  if (!lines.length) return;
  const query = new pg.Query(`COPY ${table} (${columns.map((c) => `"${c}"`).join(', ')}) FROM STDIN`);
  await new Promise<void>((resolve, reject) => {
    query.callback = (error) => (error ? reject(error) : resolve());
    query.handleCopyInResponse = (connection) => {
      const CHUNK = 4 * 1024 * 1024;
      let buffer = '';
      for (const text of lines) {
        if (typeof text !== 'string') {
          if (buffer) connection.sendCopyFromChunk(Buffer.from(buffer));
          buffer = '';
          connection.sendCopyFromChunk(text);
          continue;
        }
        buffer += text;
        if (buffer.length >= CHUNK) {
          connection.sendCopyFromChunk(Buffer.from(buffer));
          buffer = '';
        }
      }
      if (buffer) connection.sendCopyFromChunk(Buffer.from(buffer));
      connection.endCopyFrom();
    };
    (client as unknown as { query(q: unknown): void }).query(query);
  });
}

export { pg };

/** Text-format COPY data written straight into a buffer: no per-line strings to collect. */
export class CopyBuffer {
  private buffer: Buffer;
  private position = 0;

  constructor(capacity = 32 * 1024 * 1024) {
    this.buffer = Buffer.allocUnsafe(capacity);
  }

  /** Appends ASCII text (ids, enums, ISO times); grows when needed. */
  text(value: string): this {
    if (this.position + value.length * 3 + 1 >= this.buffer.length) {
      const bigger = Buffer.allocUnsafe(this.buffer.length * 2);
      this.buffer.copy(bigger, 0, 0, this.position);
      this.buffer = bigger;
    }
    this.position += this.buffer.write(value, this.position, 'utf8');
    return this;
  }

  /** A field followed by a tab. */
  field(value: string | null): this {
    this.text(value === null ? '\\N' : value);
    this.buffer[this.position++] = 9; // \t (text() keeps room for it)
    return this;
  }

  /** The last field of a line. */
  last(value: string | null): this {
    this.text(value === null ? '\\N' : value);
    this.buffer[this.position++] = 10; // \n
    return this;
  }

  get size(): number {
    return this.position;
  }

  take(): Buffer {
    return this.buffer.subarray(0, this.position);
  }
}
