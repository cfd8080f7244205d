/**
 * The boundary between the write side (src/) and the read side (projections/), checked in CI
 * by `npm run lint:boundary`. The read side knows the event contracts, the store port, the
 * clock and Rome time through src/read-side.ts, plus the few pieces of infrastructure every
 * HTTP read model needs (named below); nothing of the deciders, handlers or adapters.
 */
const READ_SIDE_SURFACE = [
  '^src/read-side\\.ts$',
  // Who may read: the guards and role decorators of every HTTP endpoint.
  '^src/auth/index\\.ts$',
  // Opening the sealed personal fields for the roles that may see them, and the citizen directory's blind indexes.
  '^src/personal-data/index\\.ts$',
  // The read models' database and the one validated configuration.
  '^src/database/(data-source|dedicated-session)\\.ts$',
  '^src/config/app-config\\.ts$',
  // The what-if proposal is validated with the charter's own target rules, so a proposal reads like an adoption.
  '^src/charter/standard-fields\\.ts$',
];

module.exports = {
  forbidden: [
    {
      name: 'read-side-surface',
      comment: 'projections/ may import from src/ only through src/read-side.ts and the infrastructure entries listed in READ_SIDE_SURFACE.',
      severity: 'error',
      from: { path: '^projections/', pathNot: '^projections/testing/' },
      to: { path: '^src/', pathNot: READ_SIDE_SURFACE },
    },
    {
      name: 'read-side-test-harness',
      comment: 'The projections test harness may also build a store adapter, and nothing else of the write side.',
      severity: 'error',
      from: { path: '^projections/testing/' },
      to: { path: '^src/', pathNot: [...READ_SIDE_SURFACE, '^src/event-store/'] },
    },
    {
      name: 'write-side-knows-no-read-side',
      comment:
        'Only the composition roots (the application module, startSystem, the CLI commands) and the one configuration, ' +
        'which composes the report settings, may import from projections/: the write side itself never depends on the read side.',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/app\\.module\\.ts$', '^src/app\\.ts$', '^src/cli/commands/', '^src/config/app-config\\.ts$'] },
      to: { path: '^projections/' },
    },
    {
      name: 'contracts-depend-on-nothing',
      comment: 'The event contracts are what both sides share: they import nothing of either side.',
      severity: 'error',
      from: { path: '^src/contracts/' },
      to: { path: '^(src|projections)/', pathNot: ['^src/contracts/', '^src/shared/'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(node_modules|dist)/' },
  },
};
