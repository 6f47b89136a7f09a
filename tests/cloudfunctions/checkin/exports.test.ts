process.env.CHECKIN_SECRET = 'checkin-integration-test-secret-0123456789'
import readXlsxFile from 'read-excel-file/node'
import * as openapi from '@localcloud/seam/openapi'
import { awayFromRotation, B1_MEMBERS, codeNow, createActivity, expectFail, expectOk, P, useCheckinCloud } from './helpers'

const cloud = useCheckinCloud()
const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)
const addDays = (ymd: string, d: number) => new Date(Date.parse(`${ymd}T00:00:00Z`) + d * 86_400_000).toISOString().slice(0, 10)
const STATUS = { present: '出席', late: '迟到', makeup: '补签', pending: '未签到', absent: '缺席', guest: '列席' } as const
/** YYYY-MM-DD HH:mm in CST, computed here independently of the function. */
const cstText = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ')
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47])

async function countAll(): Promise<number[]> {
  return Promise.all(['activities', 'checkins', 'checkinRefusals', 'stations'].map((c) => cloud.count(c)))
}

describe('ledgerXlsx', () => {
  const range = () => ({ from: addDays(today(), -7), to: addDays(today(), 1) })

  it('writes the ledger rows as one xlsx sheet with Chinese headers; read back, it equals `ledger`', async () => {
    const a = await createActivity(cloud, { title: '支部党员大会', type: 'branchMeeting', open: true }, P.b1Secretary, -10)
    const g = await createActivity(cloud, { title: '桥隧养护党小组会', type: 'groupMeeting', orgId: 'org-b1-g2' }, P.b1G2Leader, -10)
    expectOk(await cloud.call({ action: 'checkin', code: codeNow(a._id) }, 'm10'))
    expectOk(await cloud.call({ action: 'checkin', code: codeNow(a._id) }, 'm17')) // a guest from the second branch
    expectOk(await cloud.call({ action: 'makeup', activityId: g._id, memberId: 'm12', reason: '在抢修现场，会后补签' }, P.b1Secretary))

    const ledger = expectOk(await cloud.call({ action: 'ledger', orgId: 'org-b1', ...range() }, P.b1Secretary))
    const before = await countAll()
    const x = expectOk(await cloud.call({ action: 'ledgerXlsx', orgId: 'org-b1', ...range() }, P.b1Secretary))
    expect(await countAll()).toEqual(before)
    expect(x.fileName).toBe(`台账_第一养护中心党支部_${range().from}_${range().to}.xlsx`)
    expect(x.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    const file = Buffer.from(x.base64, 'base64')
    expect(x.bytes).toBe(file.length)
    expect(file.subarray(0, 2).toString()).toBe('PK') // a zip, as every xlsx
    expect(x.rowCount).toBe(ledger.rows.length)
    expect(x.rowCount).toBe(B1_MEMBERS.length + 1 + 5)

    const [sheet, ...others] = await readXlsxFile(file)
    expect(others).toHaveLength(0)
    expect(sheet.sheet).toBe('台账')
    const [header, ...body] = sheet.data
    expect(header).toEqual(['日期', '活动类型', '活动', '组织', '姓名', '状态', '签到时间', '补签原因'])
    expect(body).toEqual(
      ledger.rows.map((r: any) => [
        r.date,
        r.typeLabel,
        r.title,
        r.orgName,
        r.name,
        STATUS[r.status as keyof typeof STATUS],
        r.checkedInAt ? cstText(r.checkedInAt) : null,
        r.makeupReason
      ])
    )
    const cells = (memberId: string, activityId: string) =>
      body[ledger.rows.findIndex((r: any) => r.memberId === memberId && r.activityId === activityId)]
    expect(cells('m10', a._id)).toEqual([
      expect.any(String),
      '支部党员大会',
      '支部党员大会',
      '第一养护中心党支部',
      '杨国栋',
      '迟到',
      expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d$/),
      null
    ])
    expect(cells('m17', a._id)?.[5]).toBe('列席')
    expect(cells('m12', g._id)?.slice(3, 8)).toEqual(['桥隧养护党小组', '石永福', '补签', expect.any(String), '在抢修现场，会后补签'])
    expect(cells('m07', a._id)?.slice(5)).toEqual(['未签到', null, null]) // the meeting still runs
  })

  // The exported sheet once listed next week's 党课 with every member 缺席.
  it('writes 缺席 only for activities that have ended, 未签到 for one not started', async () => {
    const ended = await createActivity(cloud, { title: '昨天的党课', type: 'partyLecture' }, P.b1Secretary, -24 * 60, 90)
    const next = await createActivity(cloud, { title: '下周党课', type: 'partyLecture' }, P.b1Secretary, 6 * 24 * 60)
    const x = expectOk(
      await cloud.call({ action: 'ledgerXlsx', orgId: 'org-b1', from: addDays(today(), -7), to: addDays(today(), 7) }, P.b1Secretary)
    )
    const [sheet] = await readXlsxFile(Buffer.from(x.base64, 'base64'))
    const statuses = (title: string) => new Set(sheet.data.filter((r) => r[2] === title).map((r) => r[5]))
    expect(statuses(ended.title)).toEqual(new Set(['缺席']))
    expect(statuses(next.title)).toEqual(new Set(['未签到']))
  })

  it('an empty range gives the header only; staff and a group leader export too', async () => {
    const empty = expectOk(await cloud.call({ action: 'ledgerXlsx', orgId: 'org-b2', from: '2026-01-01', to: '2026-01-31' }, P.b2Secretary))
    expect(empty.rowCount).toBe(0)
    const [sheet] = await readXlsxFile(Buffer.from(empty.base64, 'base64'))
    expect(sheet.data).toEqual([['日期', '活动类型', '活动', '组织', '姓名', '状态', '签到时间', '补签原因']])
    await createActivity(cloud, { orgId: 'org-b1-g2', type: 'groupMeeting' }, P.b1G2Leader, -10)
    expect(expectOk(await cloud.call({ action: 'ledgerXlsx', orgId: 'org-b1', ...range() }, P.staff)).rowCount).toBe(5)
    const grp = expectOk(await cloud.call({ action: 'ledgerXlsx', orgId: 'org-b1-g2', ...range() }, P.b1G2Leader))
    expect(grp.rowCount).toBe(5)
    expect(grp.fileName).toBe(`台账_桥隧养护党小组_${range().from}_${range().to}.xlsx`)
  })

  it.each([
    ['a plain member', 'org-b1', P.b1Member, 'FORBIDDEN'],
    ['the secretary of another branch', 'org-b1', P.b2Secretary, 'FORBIDDEN'],
    ['a dispatched member’s home village secretary', 'org-b1', P.longnanSecretary, 'FORBIDDEN'],
    ['an unknown org', 'org-nope', P.b1Secretary, 'NOT_FOUND'],
    ['an unbound caller', 'org-b1', 'wx-stranger', 'NOT_BOUND'],
    ['no OPENID', 'org-b1', '', 'UNAUTHENTICATED']
  ])('%s (%s, as %s) → %s', async (_l, orgId, who, code) => {
    expectFail(await cloud.call({ action: 'ledgerXlsx', orgId, from: '2026-01-01', to: '2026-01-31' }, who), code)
  })

  it.each([
    ['to before from', { from: '2026-02-01', to: '2026-01-31' }, 'to'],
    ['more than a year', { from: '2025-01-01', to: '2026-01-03' }, 'to'],
    ['an impossible date', { to: '2026-02-30' }, 'to'],
    ['a 10 KB org id', { orgId: 'o'.repeat(10_240) }, 'orgId'],
    ['an extra field', { format: 'csv' }, 'format'],
    ['from as a number', { from: 20260101 }, 'from'],
    ['no orgId', { orgId: undefined }, 'orgId']
  ])('%s → INVALID_INPUT naming the field', async (_l, over, path) => {
    const res = expectFail(
      await cloud.call({ action: 'ledgerXlsx', orgId: 'org-b1', from: '2026-01-01', to: '2026-01-31', ...over }, P.b1Secretary),
      'INVALID_INPUT'
    )
    expect(res.details.map((d: any) => d.path)).toContain(path)
  })
})

describe('stationWxacode', () => {
  afterEach(() => jest.restoreAllMocks())

  it('the secretary gets the mini-program code of the current rotating code, opening the check-in page', async () => {
    const a = await createActivity(cloud)
    await awayFromRotation()
    const station = expectOk(await cloud.call({ action: 'stationCode', activityId: a._id }, P.b1Secretary))
    const before = await countAll()
    const res = expectOk(await cloud.call({ action: 'stationWxacode', activityId: a._id }, P.b1Secretary))
    expect(res).toMatchObject({
      code: station.code,
      page: 'pages/checkin/index',
      mimeType: 'image/png',
      window: station.window,
      rotatesAt: station.rotatesAt
    })
    expect(res.secondsLeft).toBeGreaterThan(0)
    expect(res.secondsLeft).toBeLessThanOrEqual(30)
    expect(Buffer.from(res.base64, 'base64').subarray(0, 4)).toEqual(PNG_MAGIC)
    expect(await countAll()).toEqual(before)
    const calls = cloud.tc.local.outbox.list().filter((e: any) => e.api === 'wxacode.getUnlimited')
    expect(calls).toHaveLength(1)
    expect(calls[0]).toMatchObject({ ok: true, request: { scene: station.code, page: 'pages/checkin/index', env_version: 'release' } })
    // The scene is a genuine check-in code: a member scanning it checks in.
    expectOk(await cloud.call({ action: 'checkin', code: res.code }, P.b1Member))
  })

  it.each([
    ['the deputy', P.b1Deputy, 'org-b1'],
    ['the group leader for their group', P.b1G2Leader, 'org-b1-g2']
  ])('%s may ask for it', async (_l, by, orgId) => {
    const a = await createActivity(cloud, { orgId, type: 'groupMeeting' }, by)
    expect(expectOk(await cloud.call({ action: 'stationWxacode', activityId: a._id }, by)).code).toMatch(new RegExp(`^${a._id}\\.`))
  })

  it.each([
    ['a plain member', P.b1Member, 'FORBIDDEN'],
    ['committee staff', P.staff, 'FORBIDDEN'],
    ['the secretary of another branch', P.b2Secretary, 'FORBIDDEN'],
    ['an unbound caller', 'wx-stranger', 'NOT_BOUND'],
    ['no OPENID', '', 'UNAUTHENTICATED']
  ])('%s (%s) → %s, no open-API call', async (_l, who, code) => {
    const a = await createActivity(cloud)
    expectFail(await cloud.call({ action: 'stationWxacode', activityId: a._id }, who), code)
    expect(cloud.tc.local.outbox.list()).toHaveLength(0)
  })

  it.each([
    ['an unknown activity', 'NOT_FOUND', { activityId: 'anope12345' }],
    ['an extra field', 'INVALID_INPUT', { scene: 'x' }],
    ['a 10 KB activity id', 'INVALID_INPUT', { activityId: 'a'.repeat(10_240) }],
    ['activityId as a number', 'INVALID_INPUT', { activityId: 7 }]
  ])('%s → %s, no open-API call', async (_l, code, over) => {
    const a = await createActivity(cloud)
    expectFail(await cloud.call({ action: 'stationWxacode', activityId: a._id, ...over }, P.b1Secretary), code)
    expect(cloud.tc.local.outbox.list()).toHaveLength(0)
  })

  it('WeChat refusing (45009, the per-minute limit) → WXACODE_FAILED with a Chinese message, nothing written', async () => {
    const a = await createActivity(cloud)
    const spy = jest.spyOn(openapi, 'answerOpenApi').mockResolvedValue({
      contentType: 'application/json',
      body: Buffer.from(JSON.stringify({ errcode: 45009, errmsg: 'reach max api minute-limit' })),
      errcode: 45009,
      errmsg: 'reach max api minute-limit'
    })
    const before = await countAll()
    const res = expectFail(await cloud.call({ action: 'stationWxacode', activityId: a._id }, P.b1Secretary), 'WXACODE_FAILED')
    expect(spy).toHaveBeenCalledTimes(1)
    expect(res.message).toMatch(/小程序码生成失败/)
    expect(res.details).toEqual({ errCode: 45009 })
    expect(await countAll()).toEqual(before)
  })

  describe('WXACODE_ENV_VERSION (which version the code opens)', () => {
    const saved = process.env.WXACODE_ENV_VERSION
    afterEach(() => {
      if (saved === undefined) delete process.env.WXACODE_ENV_VERSION
      else process.env.WXACODE_ENV_VERSION = saved
    })
    const sent = () =>
      cloud.tc.local.outbox
        .list()
        .filter((e: any) => e.api === 'wxacode.getUnlimited')
        .map((e: any) => e.request.env_version)

    it.each([
      ['unset', undefined, 'release'],
      ['empty', '', 'release'],
      ['release', 'release', 'release'],
      ['trial', 'trial', 'trial'],
      ['develop', 'develop', 'develop']
    ])('%s → env_version %s', async (_l, value, expected) => {
      if (value === undefined) delete process.env.WXACODE_ENV_VERSION
      else process.env.WXACODE_ENV_VERSION = value
      const a = await createActivity(cloud)
      expectOk(await cloud.call({ action: 'stationWxacode', activityId: a._id }, P.b1Secretary))
      expect(sent()).toEqual([expected])
    })

    it.each([['beta'], ['Release'], ['release ']])('%j → CONFIG_MISSING naming the variable, no open-API call', async (value) => {
      process.env.WXACODE_ENV_VERSION = value
      const a = await createActivity(cloud)
      const res = expectFail(await cloud.call({ action: 'stationWxacode', activityId: a._id }, P.b1Secretary), 'CONFIG_MISSING')
      expect(res.message).toContain('WXACODE_ENV_VERSION')
      expect(res.details).toEqual({ name: 'WXACODE_ENV_VERSION' })
      expect(cloud.tc.local.outbox.list()).toHaveLength(0)
    })
  })

  it('no CHECKIN_SECRET → CONFIG_MISSING before any open-API call', async () => {
    const a = await createActivity(cloud)
    const saved = process.env.CHECKIN_SECRET
    delete process.env.CHECKIN_SECRET
    try {
      expectFail(await cloud.call({ action: 'stationWxacode', activityId: a._id }, P.b1Secretary), 'CONFIG_MISSING')
    } finally {
      process.env.CHECKIN_SECRET = saved
    }
    expect(cloud.tc.local.outbox.list()).toHaveLength(0)
  })
})
