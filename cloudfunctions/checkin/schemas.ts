// Field schemas of the checkin events the shared validator does not have: finite numbers, locations, activity ids.
import { v, type Issue, type Schema } from '@server/validate'

// Shared with the assessment function, so they live in the server kit.
export { id, instant } from '@server/validate'

function fail<T>(issues: Issue[], path: string, message: string): T {
  issues.push({ path, message })
  return undefined as unknown as T
}

/** A finite number within [min, max]. */
export function num(opts: { label?: string; min: number; max: number }): Schema<number> {
  return {
    label: opts.label,
    check(value, path, issues) {
      const label = opts.label ?? path
      if (typeof value !== 'number' || !Number.isFinite(value)) return fail(issues, path, `${label}必须是数字`)
      if (value < opts.min || value > opts.max) return fail(issues, path, `${label}必须在 ${opts.min} 到 ${opts.max} 之间`)
      return value
    }
  }
}

export const latLng = (label: string) =>
  v.object({ lat: num({ label: '纬度', min: -90, max: 90 }), lng: num({ label: '经度', min: -180, max: 180 }) }, { label })

export const activityId = () => v.string({ min: 1, max: 14, label: '活动编号', pattern: /^[0-9A-Za-z_-]+$/ })
