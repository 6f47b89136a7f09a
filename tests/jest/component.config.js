// Component tests: React pages and components in jsdom, with @tarojs/taro mapped to its H5
// implementation (see /work/shared/TOOLCHAIN.md). Usable alone or as an entry of a root `projects`.
/** @type {import('jest').Config} */
module.exports = {
  displayName: 'component',
  // Named, so its CST twin (tests/jest/cst/projects.js) shares its transform cache instead of filling its own.
  id: 'component',
  rootDir: '../..',
  runtime: '<rootDir>/tests/jest/runtime.js',
  testEnvironment: 'jsdom',
  clearMocks: true,
  // A page's first render in a fresh jsdom (Taro's components register) can pass 5 s on a loaded machine.
  testTimeout: 20000,
  testMatch: ['<rootDir>/tests/src/**/*.test.ts?(x)'],
  setupFiles: ['<rootDir>/tests/src/setup/env.js'],
  setupFilesAfterEnv: [
    '<rootDir>/tests/jest/projectTimeout.js',
    '<rootDir>/tests/jest/zoneReads.js',
    '<rootDir>/tests/src/setup/afterEnv.ts'
  ],
  transform: {
    ...require('./transform'),
    // Taro and Stencil ship ES modules: esbuild turns them into CommonJS for jest (as it strips our types).
    '^.+\\.m?js$': '<rootDir>/tests/jest/esbuildTransform.js'
  },
  transformIgnorePatterns: [
    // Ignore node_modules except these ESM packages (and anything nested inside @tarojs,
    // e.g. @tarojs/taro-h5/dist/node_modules/.pnpm/style-inject).
    '^(?!.*/node_modules/(@tarojs|@stencil|tslib|swiper|ssr-window|dom7|hammerjs|resolve-pathname|query-string|decode-uri-component|split-on-first|filter-obj|mobile-detect|history|lodash-es|nanoid)/).*/node_modules/'
  ],
  moduleNameMapper: {
    '^@tarojs/taro$': '@tarojs/taro-h5',
    '^@tarojs/components$': '@tarojs/components/lib/react',
    '\\.(css|less|scss|sass)$': '<rootDir>/tests/src/setup/styleStub.js',
    ...require('./aliases')
  },
  // Compile-time constants Taro's build injects.
  globals: {
    PROJECT_TEST_TIMEOUT: 20000,
    ENABLE_INNER_HTML: true,
    ENABLE_ADJACENT_HTML: true,
    ENABLE_SIZE_APIS: true,
    ENABLE_TEMPLATE_CONTENT: true,
    ENABLE_MUTATION_OBSERVER: true,
    ENABLE_CLONE_NODE: true,
    ENABLE_CONTAINS: true,
    DEPRECATED_ADAPTER_COMPONENT: false,
    __TARO_FRAMEWORK__: 'react'
  }
}
