import { checkPartyDates } from '@shared/birthday/dates'

const today = '2026-07-01'

describe('party dates', () => {
  it.each([
    [{ joinedAt: '2020-03-01', fullAt: '2021-03-01' }, [], []],
    [{ joinedAt: '2020-03-01', fullAt: null }, [], []],
    [{}, [], []],
    [{ joinedAt: '2020-02-30' }, ['joinedAt:入党日期不是有效日期（YYYY-MM-DD）'], []],
    [{ joinedAt: '2026-07-02' }, ['joinedAt:入党日期不能晚于今天'], []],
    [{ joinedAt: '2026-07-01', fullAt: '2026-07-02' }, ['fullAt:转正日期不能晚于今天'], []],
    [{ joinedAt: '2021-03-01', fullAt: '2020-03-01' }, ['fullAt:转正日期不能早于入党日期'], []],
    [{ joinedAt: '2020-03-01', fullAt: '2020-06-01' }, [], ['fullAt:转正日期通常在入党一年后，请核对']],
    [{ joinedAt: '2020-03-01', fullAt: '2023-03-01' }, [], ['fullAt:转正日期通常在入党一年后，请核对']],
    [{ joinedAt: '2020-03-01', fullAt: '2021-06-01' }, [], []] // an extended probation within 2 years
  ])('%j', (d, errors, warnings) => {
    const r = checkPartyDates(d, today)
    expect(r.errors.map((e) => `${e.path}:${e.message}`)).toEqual(errors)
    expect(r.warnings.map((e) => `${e.path}:${e.message}`)).toEqual(warnings)
  })
})
