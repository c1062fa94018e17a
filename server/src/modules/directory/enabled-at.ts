/**
 * SQL: the principal row `alias` was enabled at the instant `at` (a SQL expression). A principal never disabled
 * (`disabled_at IS NULL`, nearly all of them) is decided without reading the history; otherwise the periods in which it
 * was disabled say (DOMAIN.md: "a disabled principal holds nothing", and every past state stays answerable).
 */
export function enabledAtSql(alias: string, at: string): string {
  // The row's own flag answers for its current disablement; the history for the periods that ended.
  return `(${alias}.disabled_at IS NULL OR ((${alias}.enabled OR ${alias}.disabled_at > ${at}) AND NOT EXISTS (
    SELECT 1 FROM principal_disablement pd
     WHERE pd.principal_id = ${alias}.id AND pd.disabled_at <= ${at} AND (pd.enabled_at IS NULL OR pd.enabled_at > ${at}))))`;
}
