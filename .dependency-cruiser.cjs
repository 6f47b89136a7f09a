// The architecture (docs/architecture.md) as rules, checked by `npm run check:arch` (part of `npm test`).
// Paths are relative to the repo root; the tsconfig path aliases (@/, @shared, @server …) are resolved first.
const { builtinModules } = require('node:module')

/** A node core module, as `crypto` or `node:crypto`. */
const NODE_CORE = `^(node:)?(${builtinModules.join('|')})$`

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      comment:
        'Modules that import each other load half-initialised (a cycle works only while the import is used inside a function) and cannot be understood one at a time: move the piece both need into its own module.',
      from: {},
      to: { circular: true }
    },
    {
      name: 'shared-is-isomorphic',
      severity: 'error',
      comment:
        'shared/ is the contract and the pure rules used by the client, the functions and the local cloud alike: it may import only shared/ and npm packages (node core only in the few function-only rule modules).',
      from: { path: '^shared/' },
      to: { pathNot: ['^shared/', '^node_modules/'], dependencyTypesNot: ['core'] }
    },
    {
      name: 'shared-no-platform',
      severity: 'error',
      comment: 'shared/ runs in WeChat, in a cloud function and in node alike: no Taro, no React, no wx-server-sdk.',
      from: { path: '^shared/' },
      to: { path: '^node_modules/(@tarojs/|react/|react-dom/|wx-server-sdk/)' }
    },
    {
      name: 'function-not-to-other-function',
      severity: 'error',
      comment:
        'Each cloudfunctions/<fn>/ is deployed as its own bundle and owns its actions: what two functions need lives in cloudfunctions/lib/ (server kit) or shared/.',
      from: { path: '^cloudfunctions/([^/]+)/' },
      to: { path: '^cloudfunctions/', pathNot: '^cloudfunctions/($1|lib)/' }
    },
    {
      name: 'functions-not-to-client-or-local',
      severity: 'error',
      comment:
        'Cloud functions are deployed to WeChat cloud without src/ (the client), localcloud/ (the local stand-in) or tests/: they import only cloudfunctions/, shared/ and npm packages.',
      from: { path: '^cloudfunctions/' },
      to: { path: '^(src|localcloud|tests)/' }
    },
    {
      name: 'client-not-to-server',
      severity: 'error',
      comment:
        'The client (src/) talks to the server only through the cloud transport; of the server side it imports only the shared contracts and rules (shared/).',
      from: { path: '^src/' },
      to: { path: '^(cloudfunctions|localcloud|tests)/' }
    },
    {
      name: 'client-not-to-node-core',
      severity: 'error',
      comment:
        'The client runs in WeChat (and the browser), which has no node core modules (node:crypto, fs …): not directly, nor through shared/ (the few shared rule modules that use node:crypto are for functions only).',
      from: { path: '^src/' },
      to: { path: NODE_CORE, reachable: true }
    },
    {
      name: 'localcloud-not-to-client-or-function',
      severity: 'error',
      comment:
        'The local cloud runs the functions as deployed (by path, like WeChat cloud): it may import the server kit (cloudfunctions/lib: collections, model) and shared/, never a function folder or the client.',
      from: { path: '^localcloud/' },
      to: { path: ['^src/', '^cloudfunctions/'], pathNot: '^cloudfunctions/lib/' }
    },
    {
      name: 'main-package-not-to-subpackage-pages',
      severity: 'error',
      comment:
        "A capability's pages/ is its weapp subpackage, loaded on demand: main-package code (src/core, src/home, src/pages, src/<cap>/main …) importing it would drag the subpackage into the main package.",
      from: { path: '^src/', pathNot: '^src/[^/]+/pages/' },
      to: { path: '^src/[^/]+/pages/' }
    },
    {
      name: 'subpackage-not-to-other-subpackage-pages',
      severity: 'error',
      comment: "One subpackage cannot load another's code in weapp: a capability's pages/ imports no other capability's pages/.",
      from: { path: '^src/([^/]+)/pages/' },
      to: { path: '^src/[^/]+/pages/', pathNot: '^src/$1/pages/' }
    }
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^dist/', '^build/', '^artifacts/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.tsx', '.js', '.cjs', '.mjs', '.json'],
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings']
    },
    skipAnalysisNotInRules: true
  }
}
