/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.gif'
declare module '*.jpg'
declare module '*.jpeg'
declare module '*.svg'
declare module '*.css'

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test'
    /** The platform being built. */
    TARO_ENV: 'weapp' | 'h5'
    TARO_APP_ID?: string
    /** WeChat cloud environment id (weapp only); empty → the appid's default environment. */
    TARO_APP_CLOUD_ENV?: string
  }
}
