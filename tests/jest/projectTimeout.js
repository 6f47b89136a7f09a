// jest-circus reads `testTimeout` from the global config only: in a multi-project run (`npm test`, the
// root jest.config.js) a project's own `testTimeout` is ignored and every test gets 5 s. Each project
// lists this file in setupFilesAfterEnv and its timeout in `globals.PROJECT_TEST_TIMEOUT`, so the
// project's timeout holds whichever way jest is started.
if (typeof globalThis.PROJECT_TEST_TIMEOUT === 'number') jest.setTimeout(globalThis.PROJECT_TEST_TIMEOUT)
