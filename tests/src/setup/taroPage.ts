// The H5 page set-up for a component test in jsdom (afterEnv.ts loads it).
// Register Taro's React runtime, as the H5 build does before any page loads.
import '@tarojs/plugin-framework-react/dist/runtime'
import { cleanup, configure } from '@testing-library/react'

// The H5 Taro jest maps @tarojs/taro to lacks the page-lifecycle hooks the build injects: a page is
// shown once. A test that drives them assigns its own (as the check-in page tests do).
const taro = require('@tarojs/taro') as Record<string, unknown>
for (const hook of ['useDidShow', 'useDidHide']) taro[hook] ??= () => {}

// findBy*/waitFor wait for what the page shows after its scripted cloud answers. On a loaded 2-core
// machine (two jest runs, builds) a page's first render can take over the default 1 s; waiting longer
// changes no assertion, it only stops a slow machine from failing a correct page.
configure({ asyncUtilTimeout: 5000 })

afterEach(() => {
  cleanup()
})

// The caller (whoami) is kept for the app session (src/core/caller.ts): each test is a fresh session.
// Required lazily, after the test file's jest.mock of the transport has been registered.
beforeEach(() => {
  require('@/core/caller').forgetCaller()
})
