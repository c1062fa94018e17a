import { badInput } from './errors';

/** NUL cannot be stored in Postgres text; the other C0 controls (but tab and newlines) are never meant. */
export function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13) return true;
  }
  return false;
}

/** Trims optional free text and enforces a length; empty becomes null. */
export function optionalText(value: string | null | undefined, field: string, max = 500): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') throw badInput(`${field} must be text.`, field);
  if (hasControlCharacters(value)) throw badInput(`${field} contains control characters.`, field);
  const trimmed = value.trim();
  if (!trimmed) return null;
  if (trimmed.length > max) throw badInput(`${field} is too long (at most ${max} characters).`, field);
  return trimmed;
}

export function requiredText(value: string | null | undefined, field: string, max = 500): string {
  const text = optionalText(value, field, max);
  if (!text) throw badInput(`${field} is required.`, field);
  return text;
}
