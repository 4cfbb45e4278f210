import boundaries from 'eslint-plugin-boundaries';

/**
 * Imports point one way: core ← db ← http (and the file toolkit) ← modules ← server, cli,
 * documents, checks. The web gets only core, the modules' model and rules and the documents'
 * pure model, text and compare files; everything else it asks the server for. CONTRIBUTING.md
 * explains the order; this file makes lint fail on a wrong-way import. Tests and the testing
 * helpers may import anything.
 */
const elements = [
  { type: 'core', pattern: 'src/core' },
  { type: 'db', pattern: 'src/db' },
  { type: 'http', pattern: 'src/http' },
  { type: 'files', pattern: 'src/files' },
  { type: 'module', pattern: 'src/modules/*', capture: ['module'] },
  { type: 'documents', pattern: 'src/documents' },
  { type: 'checks', pattern: 'src/checks' },
  { type: 'server', pattern: 'src/server' },
  { type: 'cli', pattern: 'src/cli' },
  { type: 'web', pattern: 'src/web' },
  { type: 'testing', pattern: 'src/testing' },
];

/** A module's routes: the server mounts them, no other module may import them. */
const moduleRoutes = ['http.ts', 'routes.ts', 'files/http.ts'];
/** What the web may take from a module: the types and the pure rules, nothing that touches I/O. */
const moduleModel = ['model.ts', 'rules.ts', 'rules/**'];
/** The same from the documents: the render model and the pure text and comparison rules. */
const documentsModel = ['model.ts', 'text.ts', 'compare.ts'];

const below = {
  core: ['core'],
  db: ['core', 'db'],
  http: ['core', 'db', 'http'],
  files: ['core', 'db', 'http', 'files'],
};
const element = (selector) => ({ element: selector });
const modulesButRoutes = element({ type: 'module', internalPath: `!{${moduleRoutes.join(',')}}` });

export const layers = [
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'src/testing/**'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': elements,
      'boundaries/include': ['src/**/*'],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          message:
            "Wrong-way import: {{from.type}} may not import {{to.type}}{{#if to.captured.module}} {{to.captured.module}}/{{to.internalPath}}{{/if}}. Order: core ← db ← http ← modules ← server, cli, documents, checks; web takes only core, modules' model and rules and documents' model, text and compare; no module imports another's http.ts (CONTRIBUTING.md).",
          policies: [
            ...Object.entries(below).map(([type, allowed]) => ({ from: element({ type }), allow: { to: element({ type: allowed }) } })),
            {
              from: element({ type: 'module' }),
              allow: {
                to: [
                  element({ type: below.files }),
                  // its own routes, too (files/http.ts beside http.ts)
                  element({ type: 'module', captured: { module: '{{ from.captured.module }}' } }),
                  modulesButRoutes,
                ],
              },
            },
            { from: element({ type: 'documents' }), allow: { to: [element({ type: [...below.files, 'documents'] }), modulesButRoutes] } },
            {
              from: element({ type: 'checks' }),
              allow: { to: [element({ type: [...below.files, 'documents', 'checks'] }), modulesButRoutes] },
            },
            {
              from: element({ type: ['server', 'cli'] }),
              allow: { to: element({ type: [...below.files, 'module', 'documents', 'checks', 'server', 'cli'] }) },
            },
            {
              from: element({ type: 'web' }),
              allow: {
                to: [
                  element({ type: ['core', 'web'] }),
                  element({ type: 'module', internalPath: moduleModel }),
                  element({ type: 'documents', internalPath: documentsModel }),
                ],
              },
            },
          ],
        },
      ],
    },
  },
];
