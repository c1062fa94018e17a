import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { formatDurationSeconds, parseDurationSeconds } from '../lib/duration';

/**
 * The instants the API accepts: years 0001 to 9999 in UTC. PostgreSQL stores 4713 BC to 294276 AD and JavaScript
 * ±275,760 years, but an ISO-8601 year has four digits, and year 0 or an offset past 9999-12-31 is a crafted value,
 * not a date anyone means. Cursors carry instants too and are held to the same range (connection.ts).
 */
export const INSTANT_RANGE = {
  // Date.UTC reads years 0–99 as 1900–1999; setUTCFullYear does not.
  min: new Date(Date.UTC(2000, 0, 1)).setUTCFullYear(1),
  max: Date.UTC(9999, 11, 31, 23, 59, 59, 999),
} as const;

/** How messages name the range. */
export const INSTANT_RANGE_TEXT = 'between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z';

export function isAcceptedInstant(date: Date): boolean {
  const time = date.getTime();
  return Number.isFinite(time) && time >= INSTANT_RANGE.min && time <= INSTANT_RANGE.max;
}

function inRange(date: Date): Date {
  if (!isAcceptedInstant(date)) {
    throw new GraphQLError(`DateTime must be ${INSTANT_RANGE_TEXT}.`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return date;
}

/**
 * ISO-8601 date-time with offset (RFC 3339), carried as a JS Date: graphql-scalars' DateTime, refusing instants outside
 * INSTANT_RANGE wherever a DateTime argument or input field is read (variables and literals alike).
 */
export const DateTimeScalar = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  parseValue: (value) => inRange(DateTimeResolver.parseValue(value)),
  parseLiteral: (ast, variables) => inRange(DateTimeResolver.parseLiteral(ast, variables)),
});

/** A length of time in seconds inside the server; ISO-8601 ("PT8H", "P30D") on the wire. */
export class DurationValue {
  constructor(readonly seconds: number) {}
}

function parseDuration(value: unknown): DurationValue {
  const seconds = typeof value === 'string' ? parseDurationSeconds(value) : null;
  if (seconds === null) {
    throw new GraphQLError(
      `Duration must be an ISO-8601 duration in weeks, days, hours, minutes or seconds, such as "PT8H" or "P30D"; got ${JSON.stringify(value)?.slice(0, 60)}.`,
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  }
  return new DurationValue(seconds);
}

export const DurationScalar = new GraphQLScalarType<DurationValue, string>({
  name: 'Duration',
  description: 'ISO-8601 duration such as "PT8H" or "P30D" (weeks, days, hours, minutes, seconds; no months or years)',
  serialize: (value) => {
    if (value instanceof DurationValue) return formatDurationSeconds(value.seconds);
    if (typeof value === 'number') return formatDurationSeconds(value);
    throw new GraphQLError('Duration cannot be serialised');
  },
  parseValue: parseDuration,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Duration must be a string such as "PT8H"', { extensions: { code: 'BAD_USER_INPUT' } });
    return parseDuration(ast.value);
  },
});
