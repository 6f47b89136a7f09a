import { AppError } from '@server/errors'
import { check, parse, v } from '@server/validate'

const schema = v.object({
  name: v.string({ min: 1, max: 5, label: '姓名' }),
  code: v.optional(v.string({ pattern: /^\d{4}$/, label: '后四位' })),
  kind: v.enum(['a', 'b'] as const, { label: '类型' }),
  date: v.optional(v.date({ label: '日期' })),
  parent: v.nullable(v.string({ max: 10 })),
  n: v.optional(v.int({ min: 1, max: 3 })),
  flag: v.optional(v.boolean()),
  list: v.optional(v.array(v.string({ max: 3 }), { max: 2, unique: true }))
})
const ok = { name: ' 张三 ', kind: 'a', parent: null }

describe('validate', () => {
  it('returns the cleaned value (strings trimmed)', () => {
    expect(parse(schema, ok)).toEqual({ name: '张三', kind: 'a', parent: null })
  })

  it.each([
    ['missing required', { kind: 'a', parent: null }, 'name', '姓名为必填项'],
    ['wrong type', { ...ok, name: 5 }, 'name', '姓名必须是文本'],
    ['empty after trim', { ...ok, name: '   ' }, 'name', '姓名不能为空'],
    ['too long', { ...ok, name: '一二三四五六' }, 'name', '姓名不能超过 5 个字符'],
    ['10 KB string', { ...ok, parent: 'x'.repeat(10 * 1024) }, 'parent', '不能超过 10 个字符'],
    ['pattern', { ...ok, code: '12a4' }, 'code', '后四位格式不正确'],
    ['enum', { ...ok, kind: 'c' }, 'kind', '类型必须是以下之一：a、b'],
    ['bad date', { ...ok, date: '2025-02-29' }, 'date', '日期必须是 YYYY-MM-DD 格式的有效日期'],
    ['date format', { ...ok, date: '2025-2-1' }, 'date', 'YYYY-MM-DD'],
    ['null where not nullable', { ...ok, kind: null }, 'kind', '类型必须是以下之一'],
    ['missing nullable', { name: 'a', kind: 'a' }, 'parent', '为必填项'],
    ['int', { ...ok, n: 1.5 }, 'n', '必须是整数'],
    ['int range', { ...ok, n: 4 }, 'n', '不能大于 3'],
    ['boolean', { ...ok, flag: 'true' }, 'flag', '必须是 true 或 false'],
    ['array', { ...ok, list: 'x' }, 'list', '必须是列表'],
    ['array size', { ...ok, list: ['a', 'b', 'c'] }, 'list', '最多 2 项'],
    ['array unique', { ...ok, list: ['a', 'a'] }, 'list', '不能有重复项'],
    ['array item', { ...ok, list: ['abcd'] }, 'list.0', '不能超过 3 个字符'],
    ['unknown field refused', { ...ok, openid: 'fake' }, 'openid', '不支持的字段：openid'],
    ['__proto__ refused', JSON.parse('{"name":"a","kind":"a","parent":null,"__proto__":{"x":1}}'), '__proto__', '不支持的字段']
  ])('%s', (_label, value, path, message) => {
    const { issues } = check(schema, value)
    expect(issues).toEqual(expect.arrayContaining([expect.objectContaining({ path, message: expect.stringContaining(message) })]))
  })

  it.each([null, 'x', [], 3])('refuses a non-object %j', (value) => {
    expect(() => parse(schema, value)).toThrow(AppError)
  })

  it('throws INVALID_INPUT with every issue', () => {
    try {
      parse(schema, { name: '', kind: 'z', extra: 1, parent: null })
      throw new Error('no throw')
    } catch (e) {
      expect(e).toBeInstanceOf(AppError)
      expect((e as AppError).code).toBe('INVALID_INPUT')
      expect((e as AppError).details).toHaveLength(3)
    }
  })
})
