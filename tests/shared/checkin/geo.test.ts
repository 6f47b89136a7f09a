import { checkRadius, DEFAULT_RADIUS_M, haversineM } from '@shared/checkin/geo'

// 兰州 (a depot on 南滨河路)
const depot = { lat: 36.0611, lng: 103.8343 }
/** A point `m` metres north of `p`. */
const north = (p: { lat: number; lng: number }, m: number) => ({ lat: p.lat + m / 111_195, lng: p.lng })
const east = (p: { lat: number; lng: number }, m: number) => ({
  lat: p.lat,
  lng: p.lng + m / (111_195 * Math.cos((p.lat * Math.PI) / 180))
})

describe('haversineM', () => {
  it.each([
    ['same point', depot, depot, 0, 0.001],
    ['100 m north', depot, north(depot, 100), 100, 0.5],
    ['300 m east', depot, east(depot, 300), 300, 0.5],
    ['兰州 → 北京 (≈1180 km)', depot, { lat: 39.9042, lng: 116.4074 }, 1_180_000, 15_000],
    ['across the antimeridian', { lat: 0, lng: 179.999 }, { lat: 0, lng: -179.999 }, 222.4, 1]
  ])('%s', (_l, a, b, metres, tolerance) => {
    expect(Math.abs(haversineM(a, b) - metres)).toBeLessThanOrEqual(tolerance)
  })
})

describe('checkRadius', () => {
  const venue = { ...depot, radiusM: 300 }
  it.each([
    ['no venue, no location', null, null, { ok: true }],
    ['no venue, a location', null, depot, { ok: true }],
    ['venue, no location', venue, null, { ok: false, reason: 'locationRequired' }],
    ['at the venue', venue, depot, { ok: true, distanceM: 0 }],
    ['299 m', venue, north(depot, 299), { ok: true, distanceM: 299 }],
    ['300 m (the edge counts)', venue, north(depot, 300), { ok: true, distanceM: 300 }],
    ['302 m', venue, north(depot, 302), { ok: false, reason: 'outOfRange', distanceM: 302, radiusM: 300 }],
    ['1 km with a 1 km radius', { ...depot, radiusM: 1000 }, east(depot, 999), { ok: true }]
  ])('%s', (_l, v, at, expected) => {
    expect(checkRadius(v as any, at)).toMatchObject(expected)
  })

  it('defaults to 300 m', () => {
    expect(DEFAULT_RADIUS_M).toBe(300)
    expect(checkRadius(depot, north(depot, 350))).toMatchObject({ ok: false, radiusM: 300 })
  })
})
