import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { DurationValue, formatDurationSeconds, parseDurationSeconds } from '../lib/duration';
import { INSTANT_RANGE_TEXT, isAcceptedInstant } from '../lib/instants';

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
