// Fails when src/gql is stale: generates in memory from ../schema.graphql and the documents (../codegen.yml) and
// compares with what is committed, without touching the working tree. Run from web/ (npm run check:codegen).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { generate, loadContext } from '@graphql-codegen/cli';

const context = await loadContext(path.resolve('../codegen.yml'));
context.updateConfig({ silent: true });
const outputs = await generate(context, false);
const problems = [];
const expected = new Set();
for (const { filename, content } of outputs) {
  const file = path.resolve(filename);
  expected.add(file);
  let current = null;
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    problems.push(`missing: ${path.relative(process.cwd(), file)}`);
    continue;
  }
  if (current !== content) problems.push(`out of date: ${path.relative(process.cwd(), file)}`);
}
for (const dir of new Set([...expected].map((file) => path.dirname(file)))) {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (!expected.has(file)) problems.push(`not generated any more: ${path.relative(process.cwd(), file)}`);
  }
}
if (problems.length) {
  console.error(`src/gql does not match schema.graphql and the documents:\n  ${problems.join('\n  ')}\nRun \`npm run codegen\` and commit src/gql.`);
  process.exit(1);
}
console.log(`src/gql is up to date (${outputs.length} files).`);
