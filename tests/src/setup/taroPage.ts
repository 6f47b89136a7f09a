// The H5 page set-up for a component test in jsdom (afterEnv.ts loads it).
// Register Taro's React runtime, as the H5 build does before any page loads.
import '@tarojs/plugin-framework-react/dist/runtime'
import { cleanup, configure, getConfig } from '@testing-library/react'

// The H5 Taro jest maps @tarojs/taro to lacks the page-lifecycle hooks the build injects: a page is
// shown once. A test that drives them assigns its own (as the check-in page tests do).
const taro = require('@tarojs/taro') as Record<string, unknown>
for (const hook of ['useDidShow', 'useDidHide']) taro[hook] ??= () => {}

// findBy*/waitFor wait for what the page shows after its scripted cloud answers. On a loaded 2-core
// machine (two jest runs, builds) a page's first render can take over the default 1 s; waiting longer
// changes no assertion, it only stops a slow machine from failing a correct page.
configure({ asyncUtilTimeout: 5000 })

// A getBy* that fails inside findBy*/waitFor (each try before the page shows what is awaited) makes an
// error with the whole page printed into it, and testing-library prints it at once: about 3 % of the
// component tests' CPU went into dumps that were thrown away at the next try. Inside waitFor (where
// testing-library turns its expensive diagnostics off) the dump is printed when the message is first read:
// by waitFor when it times out, before the page changes. Elsewhere the error is made as before.
const printedError = getConfig().getElementError
const diagnosticsOff = () => (getConfig() as { _disableExpensiveErrorDiagnostics?: boolean })._disableExpensiveErrorDiagnostics === true
configure({
  getElementError(message, container) {
    if (!diagnosticsOff()) return printedError(message, container)
    const error = new Error()
    error.name = 'TestingLibraryElementError'
    let printed: string | undefined
    Object.defineProperty(error, 'message', {
      get: () => {
        printed ??= printedError(message, container).message
        return printed
      },
      configurable: true
    })
    return error
  }
})

afterEach(() => {
  cleanup()
})

// The caller (whoami) is kept for the app session (src/core/caller.ts): each test is a fresh session.
// Required lazily, after the test file's jest.mock of the transport has been registered.
beforeEach(() => {
  require('@/core/caller').forgetCaller()
})
