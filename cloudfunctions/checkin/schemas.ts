// Field schemas the shared validator does not have: ISO instants, finite numbers, locations, ids.
import { isYmd } from '@shared/core/time'
import { v, type Issue, type Schema } from '@server/validate'

const ISO = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?(Z|[+-](0\d|1[0-4]):[0-5]\d)$/

function fail<T>(issues: Issue[], path: string, message: string): T {
  issues.push({ path, message })
  return undefined as unknown as T
}

/** An ISO 8601 instant with an explicit zone (Z or ±hh:mm), years 2000–2100 → Date. */
export function instant(opts: { label?: string } = {}): Schema<Date> {
  const label = opts.label
  return {
    label,
    check(value, path, issues) {
      const m = typeof value === 'string' ? ISO.exec(value) : null
      if (typeof value !== 'string' || !m || !isYmd(m[1]))
        return fail(issues, path, `${label ?? path}必须是带时区的 ISO 时间，例如 2026-07-01T09:00:00+08:00`)
      const d = new Date(value)
      const y = d.getUTCFullYear()
      if (Number.isNaN(d.getTime()) || y < 2000 || y > 2100) return fail(issues, path, `${label ?? path}不是有效的时间`)
      return d
    }
  }
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

export const id = (label: string) => v.string({ min: 1, max: 64, label, pattern: /^[0-9A-Za-z_:.-]+$/ })
export const activityId = () => v.string({ min: 1, max: 14, label: '活动编号', pattern: /^[0-9A-Za-z_-]+$/ })
