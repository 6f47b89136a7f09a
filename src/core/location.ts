// Where the phone is, for a check-in at an activity with a venue, and picking a venue.
// weapp: Taro.getLocation / chooseLocation (gcj02, the map's system); H5: navigator.geolocation (WGS84).
// Both are hints only: the rotating code is the real guard (docs/checkin.md).
import Taro from '@tarojs/taro'
import type { LatLng } from '@shared/checkin/api'
import { ensurePrivacyConsent } from '@/core/privacy/consent'

const round = (n: number) => Math.round(n * 1e6) / 1e6

function browserPosition(timeoutMs: number): Promise<LatLng | null> {
  return new Promise((resolve) => {
    const geo = typeof navigator !== 'undefined' ? navigator.geolocation : undefined
    if (!geo) return resolve(null)
    const timer = setTimeout(() => resolve(null), timeoutMs + 500)
    geo.getCurrentPosition(
      (p) => {
        clearTimeout(timer)
        resolve({ lat: round(p.coords.latitude), lng: round(p.coords.longitude) })
      },
      () => {
        clearTimeout(timer)
        resolve(null)
      },
      { enableHighAccuracy: true, timeout: timeoutMs, maximumAge: 30_000 }
    )
  })
}

/** The current position, or null when refused, unavailable or slower than `timeoutMs`. Never throws. */
export async function currentLocation(timeoutMs = 3000): Promise<LatLng | null> {
  if (process.env.TARO_ENV !== 'weapp') return browserPosition(timeoutMs)
  // Consent and permission first: their prompts wait for the member, and must not eat the timeout.
  if (!(await ensurePrivacyConsent())) return null
  if (!(await authorizeLocation())) return null
  try {
    const res = await Promise.race([
      Taro.getLocation({ type: 'gcj02' }),
      new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs))
    ])
    return res ? { lat: round(res.latitude), lng: round(res.longitude) } : null
  } catch {
    return null
  }
}

/** weapp: the location permission, asked once (WeChat remembers a refusal; then only the settings can change it). */
async function authorizeLocation(): Promise<boolean> {
  try {
    await Taro.authorize({ scope: 'scope.userLocation' })
    return true
  } catch {
    return false
  }
}

/** weapp: opens the mini-program's permission settings (打开定位权限); true when location is now allowed. */
export async function openLocationSetting(): Promise<boolean> {
  try {
    const res = await Taro.openSetting({})
    return !!res.authSetting?.['scope.userLocation']
  } catch {
    return false
  }
}

/** A venue: weapp lets the organiser pick it on the map; H5 uses where the browser is now. */
export async function pickVenue(): Promise<(LatLng & { name?: string }) | null> {
  if (process.env.TARO_ENV !== 'weapp') return browserPosition(10_000)
  if (!(await ensurePrivacyConsent())) return null
  try {
    const res = await Taro.chooseLocation({})
    return { lat: round(res.latitude), lng: round(res.longitude), name: res.name || res.address || undefined }
  } catch {
    return null
  }
}
