import { fitWithin, PHOTO_MAX_BYTES, PHOTO_MAX_SIDE, QUALITY_STEPS } from '@/core/files'

describe('fitWithin (photos shrink to 1280 px on the long side, never grow)', () => {
  it.each([
    [4000, 3000, { width: 1280, height: 960 }],
    [3000, 4000, { width: 960, height: 1280 }],
    [1280, 720, { width: 1280, height: 720 }],
    [640, 480, { width: 640, height: 480 }],
    [5000, 10, { width: 1280, height: 3 }],
    [10000, 1, { width: 1280, height: 1 }],
    [0, 100, { width: 0, height: 0 }],
    [Number.NaN, 100, { width: 0, height: 0 }]
  ])('%i×%i → %j', (w, h, want) => {
    expect(fitWithin(w, h)).toEqual(want)
  })

  it('uses the product’s limits', () => {
    expect([PHOTO_MAX_SIDE, PHOTO_MAX_BYTES]).toEqual([1280, 512000])
    expect([...QUALITY_STEPS].sort((a, b) => b - a)).toEqual([...QUALITY_STEPS])
  })
})
