// The seam replaces internals of these exact versions. If either moves, the local cloud refuses
// to start (and the contract test fails) rather than silently talking to a changed SDK.
export const PINNED = {
  'wx-server-sdk': '4.0.2',
  '@cloudbase/node-sdk': '3.17.2'
} as const

export function checkPinnedVersions(): void {
  for (const [name, expected] of Object.entries(PINNED)) {
    const actual = require(`${name}/package.json`).version
    if (actual !== expected) {
      throw new Error(
        `local cloud seam: ${name} is ${actual}, the seam was written for ${expected}. Re-check localcloud/seam before changing the pin.`
      )
    }
  }
}
