import { badInput } from './errors';

/** Trims optional free text and enforces a length; empty becomes null. */
export function optionalText(value: string | null | undefined, field: string, max = 500): string | null {
  if (value === null || value === undefined) return null;
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
