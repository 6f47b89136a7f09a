import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import prodConfig from './prod'

// Only two platforms: weapp (WeChat mini-program) and h5 (served by the local cloud gateway).
const platform = process.env.TARO_ENV === 'h5' ? 'h5' : 'weapp'
// shared/ (contracts, labels, pure rules used by client and functions) is compiled like src/
// (by default only src/ and Taro's packages go through babel).
const compile = { include: [path.resolve(__dirname, '../shared')] }
// The path aliases of tsconfig.json (tests/jest/aliases.js is the same list for jest).
const alias = {
  '@': path.resolve(__dirname, '../src'),
  '@shared': path.resolve(__dirname, '../shared')
}

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'tongxin',
    date: '2026-11-21',
    designWidth: 750,
    deviceRatio: {
      640: 2.34 / 2,
      750: 1,
      375: 2,
      828: 1.81 / 2
    },
    sourceRoot: 'src',
    alias,
    // One folder per platform so both builds can live side by side:
    // project.config.json points WeChat DevTools at dist/weapp, the gateway serves dist/h5.
    outputRoot: `dist/${platform}`,
    plugins: [],
    defineConstants: {
      // Cloud environment id for weapp (empty → the default environment of the appid).
      'process.env.TARO_APP_CLOUD_ENV': JSON.stringify(process.env.TARO_APP_CLOUD_ENV || '')
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    // esbuild minifies the JS instead of terser: a third of each production build's CPU (h5 42 → 31 s,
    // weapp 37 → 25 s on 2 cores) for 5% more bytes (weapp main package 383 → 404 KB; docs/client.md).
    // es2017 is what the sources are compiled to (browserslist), so the minifier lowers nothing.
    jsMinimizer: 'esbuild',
    esbuild: { minify: { enable: true, config: { target: 'es2017' } } },
    cache: { enable: false },
    mini: {
      compile,
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } }
      }
    },
    h5: {
      compile,
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js'
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash].css',
        chunkFilename: 'css/[name].[chunkhash].css'
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } }
      },
      webpackChain(chain) {
        // Code shared by several pages (services, domain, own components, Taro component
        // wrappers) goes into one chunk instead of being copied into every page chunk.
        chain.optimization.merge({
          splitChunks: {
            cacheGroups: {
              shared: { name: 'shared', chunks: 'async', minChunks: 2, priority: 5, reuseExistingChunk: true, enforce: true }
            }
          }
        })
        // Taro's H5 runtime alone is above webpack's 244 KiB hint; we track size ourselves (docs/client.md).
        chain.performance.hints(false)
      }
    }
  }

  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig)
  }
  return merge({}, baseConfig, prodConfig)
})
