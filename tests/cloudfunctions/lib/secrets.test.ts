import { requireSecret } from '@server/secrets'
import { AppError } from '@server/errors'

describe('requireSecret', () => {
  it('returns a secret of 16 characters or more', () => {
    expect(requireSecret('X', { X: '0123456789abcdef' })).toBe('0123456789abcdef')
  })

  it.each([
    ['missing', {}],
    ['empty', { X: '' }],
    ['15 characters', { X: '0123456789abcde' }]
  ])('%s → CONFIG_MISSING with a Chinese message, never a crash', (_l, env) => {
    let err: unknown
    try {
      requireSecret('X', env)
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(AppError)
    expect(err).toMatchObject({ code: 'CONFIG_MISSING', details: { name: 'X' } })
    expect((err as Error).message).toMatch(/[\u4e00-\u9fa5]/)
    expect((err as Error).message).not.toContain('0123')
  })

  it('reads process.env by default', () => {
    process.env.TONGXIN_TEST_SECRET = 'a-long-enough-secret'
    expect(requireSecret('TONGXIN_TEST_SECRET')).toBe('a-long-enough-secret')
    delete process.env.TONGXIN_TEST_SECRET
    expect(() => requireSecret('TONGXIN_TEST_SECRET')).toThrow(AppError)
  })
})
