// app.config.ts calls Taro's build-time global `defineAppConfig`; tests that read the config define it first.
;(globalThis as unknown as { defineAppConfig: <T>(c: T) => T }).defineAppConfig ??= (c) => c
export {}
