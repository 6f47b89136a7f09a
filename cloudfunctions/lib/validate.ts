// A small schema validator (about 150 lines, no dependency). Why not a library: zod/yup/ajv add
// 50-250 KB to every function bundle and their messages are English; we need Chinese messages,
// refusal of unknown fields by default, string caps everywhere and our date format, nothing more.
//
//   const schema = v.object({ name: v.string({ max: 20, label: '姓名' }), date: v.optional(v.date()) })
//   const input = parse(schema, event)   // typed; throws AppError INVALID_INPUT with every issue
import { invalidInput } from './errors'
import { isYmd } from '@shared/core/time'

export interface Issue {
  /** Dotted path of the bad field, e.g. 'org.parentId' or 'rows.3.phone'. */
  path: string
  message: string
}

export interface Schema<T> {
  readonly optional?: boolean
  /** Chinese field name used in messages. */
  readonly label?: string
  check(value: unknown, path: string, issues: Issue[]): T
}

export type Infer<S> = S extends Schema<infer T> ? T : never

/** Strings longer than this are refused unless a schema sets its own `max`. */
export const DEFAULT_STRING_MAX = 200

interface Common {
  /** Chinese field name used in messages. */
  label?: string
}

const name = (path: string, label?: string) => label ?? (path || '参数')

function fail<T>(issues: Issue[], path: string, message: string): T {
  issues.push({ path, message })
  return undefined as unknown as T
}

export const v = {
  string(opts: Common & { min?: number; max?: number; pattern?: RegExp; patternMessage?: string; trim?: boolean } = {}): Schema<string> {
    const max = opts.max ?? DEFAULT_STRING_MAX
    const min = opts.min ?? 0
    return {
      label: opts.label,
      check(value, path, issues) {
        if (typeof value !== 'string') return fail(issues, path, `${name(path, opts.label)}必须是文本`)
        const s = opts.trim === false ? value : value.trim()
        if (s.length > max) return fail(issues, path, `${name(path, opts.label)}不能超过 ${max} 个字符`)
        if (s.length < min) {
          return fail(issues, path, min === 1 ? `${name(path, opts.label)}不能为空` : `${name(path, opts.label)}至少 ${min} 个字符`)
        }
        if (opts.pattern && !opts.pattern.test(s)) {
          return fail(issues, path, opts.patternMessage ?? `${name(path, opts.label)}格式不正确`)
        }
        return s
      }
    }
  },

  /** A strict YYYY-MM-DD calendar date. */
  date(opts: Common = {}): Schema<string> {
    return {
      label: opts.label,
      check(value, path, issues) {
        if (!isYmd(value)) return fail(issues, path, `${name(path, opts.label)}必须是 YYYY-MM-DD 格式的有效日期`)
        return value
      }
    }
  },

  int(opts: Common & { min?: number; max?: number } = {}): Schema<number> {
    return {
      label: opts.label,
      check(value, path, issues) {
        if (typeof value !== 'number' || !Number.isInteger(value)) return fail(issues, path, `${name(path, opts.label)}必须是整数`)
        if (opts.min !== undefined && value < opts.min) return fail(issues, path, `${name(path, opts.label)}不能小于 ${opts.min}`)
        if (opts.max !== undefined && value > opts.max) return fail(issues, path, `${name(path, opts.label)}不能大于 ${opts.max}`)
        return value
      }
    }
  },

  boolean(opts: Common = {}): Schema<boolean> {
    return {
      label: opts.label,
      check(value, path, issues) {
        if (typeof value !== 'boolean') return fail(issues, path, `${name(path, opts.label)}必须是 true 或 false`)
        return value
      }
    }
  },

  enum<const E extends readonly string[]>(values: E, opts: Common = {}): Schema<E[number]> {
    return {
      label: opts.label,
      check(value, path, issues) {
        if (typeof value !== 'string' || !values.includes(value)) {
          return fail(issues, path, `${name(path, opts.label)}必须是以下之一：${values.join('、')}`)
        }
        return value as E[number]
      }
    }
  },

  array<T>(item: Schema<T>, opts: Common & { min?: number; max: number; unique?: boolean }): Schema<T[]> {
    return {
      label: opts.label,
      check(value, path, issues) {
        if (!Array.isArray(value)) return fail(issues, path, `${name(path, opts.label)}必须是列表`)
        if (value.length > opts.max) return fail(issues, path, `${name(path, opts.label)}最多 ${opts.max} 项`)
        if (opts.min !== undefined && value.length < opts.min) return fail(issues, path, `${name(path, opts.label)}至少 ${opts.min} 项`)
        const out = value.map((x, i) => item.check(x, path ? `${path}.${i}` : String(i), issues))
        if (opts.unique && new Set(out.map((x) => JSON.stringify(x))).size !== out.length) {
          return fail(issues, path, `${name(path, opts.label)}不能有重复项`)
        }
        return out
      }
    }
  },

  /** A plain object; fields not in `shape` are refused (strict by design). */
  object<S extends Record<string, Schema<unknown>>>(shape: S, opts: Common = {}): Schema<{ [K in keyof S]: Infer<S[K]> }> {
    return {
      label: opts.label,
      check(value, path, issues) {
        if (value === null || typeof value !== 'object' || Array.isArray(value)) {
          return fail(issues, path, `${name(path, opts.label)}必须是对象`)
        }
        const obj = value as Record<string, unknown>
        const out: Record<string, unknown> = {}
        for (const key of Object.keys(obj)) {
          if (!Object.hasOwn(shape, key)) {
            issues.push({ path: path ? `${path}.${key}` : key, message: `不支持的字段：${key}` })
          }
        }
        for (const [key, schema] of Object.entries(shape)) {
          const p = path ? `${path}.${key}` : key
          if (obj[key] === undefined) {
            if (!schema.optional) issues.push({ path: p, message: `${schema.label ?? p}为必填项` })
            continue
          }
          out[key] = schema.check(obj[key], p, issues)
        }
        return out as { [K in keyof S]: Infer<S[K]> }
      }
    }
  },

  /** The field may be absent (undefined). */
  optional<T>(schema: Schema<T>): Schema<T | undefined> {
    return { optional: true, label: schema.label, check: (value, path, issues) => schema.check(value, path, issues) }
  },

  /** The field may be null. */
  nullable<T>(schema: Schema<T>): Schema<T | null> {
    return {
      optional: schema.optional,
      label: schema.label,
      check: (value, path, issues) => (value === null ? null : schema.check(value, path, issues))
    }
  },

  /** Accepts anything (the caller validates further, e.g. import rows validated row by row by the domain). */
  unknown(): Schema<unknown> {
    return { check: (value) => value }
  }
}

const ISO = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?(Z|[+-](0\d|1[0-4]):[0-5]\d)$/

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

/** A document id: letters, digits and _ : . - (what our generated and composite ids use). */
export const id = (label: string) => v.string({ min: 1, max: 64, label, pattern: /^[0-9A-Za-z_:.-]+$/ })

/** Validates `value`, returning the cleaned value (strings trimmed) or throwing INVALID_INPUT with every issue. */
export function parse<T>(schema: Schema<T>, value: unknown): T {
  const issues: Issue[] = []
  const out = schema.check(value, '', issues)
  if (issues.length) throw invalidInput(`请求参数不正确：${issues[0].message}`, issues)
  return out
}

/** Like parse, but returns the issues instead of throwing (used per import row). */
export function check<T>(schema: Schema<T>, value: unknown): { value: T; issues: Issue[] } {
  const issues: Issue[] = []
  const out = schema.check(value, '', issues)
  return { value: out, issues }
}
