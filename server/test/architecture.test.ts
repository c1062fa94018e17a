// The architecture rules of .dependency-cruiser.cjs (at the repository root), as a test: static analysis of the imports,
// no database. Each violation is listed in the failure, one a line, so a new one names itself.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ICruiseResult, IViolation } from 'dependency-cruiser' with { 'resolution-mode': 'import' };

const root = path.resolve(__dirname, '../..');
const configFile = path.join(root, '.dependency-cruiser.cjs');

/** One cruise per workspace: each resolves its imports with its own tsconfig (the dashboard has an "@/*" alias). */
const targets = [
  { name: 'server', paths: ['server/src', 'server/test'], tsConfig: 'server/tsconfig.json', atLeast: 150 },
  { name: 'web', paths: ['web/src', 'web/app'], tsConfig: 'web/tsconfig.json', atLeast: 20 },
];

async function cruiseTarget(target: (typeof targets)[number]): Promise<ICruiseResult> {
  // dependency-cruiser ships as ES modules only; a dynamic import keeps this CommonJS-typed file honest for tsc.
  const { cruise } = await import('dependency-cruiser');
  const { default: extractDepcruiseOptions } = await import('dependency-cruiser/config-utl/extract-depcruise-options');
  const { default: extractTSConfig } = await import('dependency-cruiser/config-utl/extract-ts-config');
  const tsConfigFile = path.join(root, target.tsConfig);
  const options = await extractDepcruiseOptions(configFile);
  const tsConfig = extractTSConfig(tsConfigFile);
  // TypeScript reads "paths" (web's "@/*") from the tsconfig's folder when there is no baseUrl; dependency-cruiser
  // would hand its paths plugin "./", i.e. the working directory, unless it sees a baseUrl. Give it that folder.
  tsConfig.options.baseUrl ??= path.dirname(tsConfigFile);
  // baseDir: paths in the rules (and in the report) are relative to the repository root, wherever vitest runs from.
  const result = await cruise(
    target.paths,
    { ...options, baseDir: root, tsConfig: { fileName: tsConfigFile } },
    {},
    { tsConfig },
  );
  if (typeof result.output === 'string') throw new Error(`dependency-cruiser returned text, not a result: ${result.output}`);
  return result.output;
}

/** "rule: from → to", or for a cycle the whole loop, "rule: a → b → … → a". */
function describeViolation(violation: IViolation): string {
  const cycle = violation.cycle?.map((step) => step.name);
  const route = cycle?.length ? [violation.from, ...cycle].join(' → ') : `${violation.from} → ${violation.to}`;
  return `${violation.rule.name}: ${route}`;
}

describe('architecture (.dependency-cruiser.cjs)', () => {
  for (const target of targets) {
    it(`${target.name}: no forbidden dependencies`, async () => {
      const result = await cruiseTarget(target);
      // A cruise that found nothing would pass every rule: make sure it read the code and the rules.
      expect(result.summary.totalCruised).toBeGreaterThanOrEqual(target.atLeast);
      expect(result.summary.ruleSetUsed?.forbidden?.length ?? 0).toBeGreaterThanOrEqual(9);
      const violations = result.summary.violations.map(describeViolation).sort();
      // The list is the message; the count is the assertion (a diff would print the list a second time).
      expect(violations.length, `${violations.length} architecture violation(s):\n${violations.join('\n')}\n`).toBe(0);
    });
  }
});
