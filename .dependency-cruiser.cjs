// Architecture rules (ARCHITECTURE.md, "Layers of the server"), checked by server/test/architecture.test.ts (in the
// unit layer of `npm test`) through dependency-cruiser's API.
// Paths are relative to the repository root. Type-only imports count as dependencies (tsPreCompilationDeps): a cycle
// or a back edge made of `import type` still ties the modules together for whoever has to move one of them.
// By hand, for the server (the dashboard's "@/*" alias needs the test's tsconfig handling):
// `npx depcruise server/src server/test --config .dependency-cruiser.cjs`.

/** Transport files that live beside the domain code in modules/: resolvers and GraphQL object/input types. */
const TRANSPORT_IN_MODULES = '\\.(resolver|type|inputs)\\.ts$';
/** Code that ships: the server's sources and the dashboard's, not their tests. */
const SOURCES = '^(server/src|web/src|web/app)/';
const TEST_FILES = '\\.test\\.tsx?$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment:
        'server/src has no import cycles, type-only imports included: a cycle means neither side can be understood, ' +
        'tested or moved without the other.',
      severity: 'error',
      from: { path: '^server/src/' },
      to: { path: '^server/src/', circular: true },
    },
    {
      name: 'domain-not-to-transport',
      comment:
        'Domain code in server/src/modules does not import the GraphQL transport (server/src/graphql). Only the ' +
        'transport files that live in modules may: *.resolver.ts, *.type.ts and *.inputs.ts.',
      severity: 'error',
      from: { path: '^server/src/modules/', pathNot: TRANSPORT_IN_MODULES },
      to: { path: '^server/src/graphql/' },
    },
    {
      name: 'domain-not-to-jobs-or-boot',
      comment:
        'Domain code in server/src/modules does not import the job runner (server/src/jobs: pg-boss, the sweeper) nor ' +
        'the files that boot and compose the server (app, composition, main, launch, cli): they are above it.',
      severity: 'error',
      from: { path: '^server/src/modules/' },
      to: { path: ['^server/src/jobs/', '^server/src/(app|composition|main|launch|cli)\\.ts$'] },
    },
    {
      name: 'kernel-below-domain',
      comment:
        'server/src/kernel (database, clock, config, unit of work, job queue, pub/sub) knows no domain: it imports only ' +
        'kernel/, lib/ and config.ts.',
      severity: 'error',
      from: { path: '^server/src/kernel/' },
      to: { path: '^server/src/', pathNot: ['^server/src/(kernel|lib)/', '^server/src/config\\.ts$'] },
    },
    {
      name: 'lib-is-a-leaf',
      comment:
        'server/src/lib is plain helpers: it imports nothing of the server but lib/ (no modules, graphql, db, jobs, ' +
        'kernel, config).',
      severity: 'error',
      from: { path: '^server/src/lib/' },
      to: { path: '^server/src/', pathNot: '^server/src/lib/' },
    },
    {
      name: 'web-not-to-server',
      comment: 'The dashboard talks to the server over GraphQL (schema.graphql and web/src/gql), never by importing it.',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^server/' },
    },
    {
      name: 'server-not-to-web',
      comment: 'The server does not import the dashboard.',
      severity: 'error',
      from: { path: '^server/' },
      to: { path: '^web/' },
    },
    {
      name: 'src-not-to-tests',
      comment:
        'Shipped code does not import tests or test support (server/test, e2e, bench), nor test files: they are not ' +
        'in the build. Unit tests beside the code (*.test.ts in src) may use test support.',
      severity: 'error',
      from: { path: SOURCES, pathNot: TEST_FILES },
      to: { path: ['^server/test/', '^e2e/', '^bench/', TEST_FILES] },
    },
    {
      name: 'no-unresolvable',
      comment:
        'Every relative import resolves. An import dependency-cruiser cannot follow is one no rule above can see, so ' +
        'this keeps the rules honest (and catches a typo the compiler would catch later).',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, dependencyTypesNot: ['npm-no-pkg', 'npm-unknown'] },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    doNotFollow: { path: ['node_modules'] },
    exclude: { path: ['(^|/)node_modules/', '(^|/)dist/', '(^|/)\\.next/'] },
    // The server's tsconfig for the server, the dashboard's (with its "@/*" alias) for the dashboard: the test cruises
    // them one at a time with their own tsConfig; this default is for the command line.
    tsConfig: { fileName: require('node:path').join(__dirname, 'server/tsconfig.json') },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.cjs', '.json'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    skipAnalysisNotInRules: true,
  },
};
