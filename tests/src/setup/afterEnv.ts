// Register Taro's React runtime, as the H5 build does before any page loads.
import '@tarojs/plugin-framework-react/dist/runtime'
import { cleanup } from '@testing-library/react'

afterEach(() => {
  cleanup()
})
