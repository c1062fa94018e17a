import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The request/schedule state machine has one owner: only lifecycle/ writes request rows and schedule rows (the demo seed
 * and the migrations aside). A new path that inserts or updates them elsewhere — and so could skip the audit, the live
 * events or the last-admin guard — fails here.
 */
const WRITES = [
  /Role(Request|Assignment)Entity\)\s*\.(insert|update|save|delete|upsert)\(/,
  /\b(INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+role_(request|assignment)\b/i,
];

describe('one owner of the request/schedule lifecycle', () => {
  it('no file outside modules/lifecycle writes role_request or role_assignment rows', async () => {
    const root = path.resolve(__dirname, '../..');
    const files = (await readdir(root, { recursive: true }))
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .filter((file) => !file.startsWith(path.join('modules', 'lifecycle')) && !file.includes(`${path.sep}migrations${path.sep}`))
      .filter((file) => file !== path.join('db', 'demo-seed.ts'));
    const offenders: string[] = [];
    for (const file of files) {
      const text = await readFile(path.join(root, file), 'utf8');
      for (const pattern of WRITES) {
        const match = pattern.exec(text);
        if (match) offenders.push(`${file}: ${match[0]}`);
      }
    }
    expect(files.length).toBeGreaterThan(50);
    expect(offenders).toEqual([]);
  });
});
