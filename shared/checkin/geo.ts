// Distance between a phone and a venue. The location is a hint (a phone can fake it); the rotating
// code is the real guard.

export const DEFAULT_RADIUS_M = 300
export const EARTH_RADIUS_M = 6_371_008.8

export interface LatLng {
  lat: number
  lng: number
}

/** Great-circle distance in metres (haversine). */
export function haversineM(a: LatLng, b: LatLng): number {
  const rad = Math.PI / 180
  const dLat = (b.lat - a.lat) * rad
  const dLng = (b.lng - a.lng) * rad
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)))
}

export type RadiusCheck =
  | { ok: true; distanceM: number | null }
  | { ok: false; reason: 'locationRequired' }
  | { ok: false; reason: 'outOfRange'; distanceM: number; radiusM: number }

/** No venue: anything goes. A venue: a location is required and must be within the radius (inclusive). */
export function checkRadius(venue: (LatLng & { radiusM?: number }) | null | undefined, at: LatLng | null | undefined): RadiusCheck {
  if (!venue) return { ok: true, distanceM: null }
  if (!at) return { ok: false, reason: 'locationRequired' }
  const radiusM = venue.radiusM ?? DEFAULT_RADIUS_M
  const distanceM = Math.round(haversineM(venue, at))
  if (distanceM > radiusM) return { ok: false, reason: 'outOfRange', distanceM, radiusM }
  return { ok: true, distanceM }
}
