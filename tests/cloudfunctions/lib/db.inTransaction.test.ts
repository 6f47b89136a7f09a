// inTransaction: a transaction the platform aborts (another one touched the document) runs again, up to
// three tries, then CONFLICT; an AppError thrown inside (a verdict) passes through untouched.
import { inTransaction } from '@server/db'
import { AppError } from '@server/errors'

const dbFailing = (failures: number, error: unknown = new Error('DATABASE_TRANSACTION_CONFLICT: write conflict')) => {
  let calls = 0
  return {
    calls: () => calls,
    db: {
      runTransaction: async (fn: (t: unknown) => Promise<unknown>) => {
        calls++
        if (calls <= failures) throw error
        return fn({})
      }
    } as never
  }
}

describe('inTransaction', () => {
  it.each([
    [0, 1],
    [2, 3]
  ])('%i aborts → done on try %i', async (failures, tries) => {
    const f = dbFailing(failures)
    await expect(inTransaction(f.db, async () => 'ok')).resolves.toBe('ok')
    expect(f.calls()).toBe(tries)
  })

  it('three aborts → CONFLICT', async () => {
    const f = dbFailing(3)
    await expect(inTransaction(f.db, async () => 'ok')).rejects.toMatchObject({ code: 'CONFLICT' })
    expect(f.calls()).toBe(3)
  })

  it('a verdict (AppError) and an unrelated error are not retried', async () => {
    const verdict = dbFailing(1, new AppError('CHALLENGE_FULL', '名额已满'))
    await expect(inTransaction(verdict.db, async () => 'ok')).rejects.toMatchObject({ code: 'CHALLENGE_FULL' })
    const other = dbFailing(1, new Error('network down'))
    await expect(inTransaction(other.db, async () => 'ok')).rejects.toThrow('network down')
    expect([verdict.calls(), other.calls()]).toEqual([1, 1])
  })
})
