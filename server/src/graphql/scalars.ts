import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { formatDurationSeconds, parseDurationSeconds } from '../lib/duration';

/** ISO-8601 date-time with offset (RFC 3339), carried as a JS Date. */
export const DateTimeScalar = DateTimeResolver;

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
