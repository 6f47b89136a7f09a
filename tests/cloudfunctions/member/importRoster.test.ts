import { demoPhone } from '@localcloud/seed/demo'
import { as, expectFail, expectOk, P, useDemoCloud } from './helpers'

const cloud = useDemoCloud('each')
const imp = (fields: Record<string, unknown>, by: string = P.staff) => cloud.call({ action: 'importRoster', ...fields }, as(by))

const HEADER = '姓名,手机号,党员状态,用工类型,组织关系所在,参加组织生活,考核组织,党小组,入党日期,转正日期'
const GOOD_CSV = [
  HEADER,
  '马小兰,13800000001,正式党员,合同制,第一养护中心党支部,第一养护中心党支部,,路面养护党小组,2012-07-01,2013-07-01',
  '拉毛措,13800000002,预备党员,劳务派遣,甘南州卓尼县柳林镇寺古多村党支部,org-b2,org-b2,,2026-03-01,',
  '"周,平",13800000003,正式党员,合同制,org-b1,org-b1,,,2001-01-01,'
].join('\r\n')

describe('importRoster', () => {
  it('imports CSV (Chinese headers, org names or ids), and the new people can bind', async () => {
    const fixed = GOOD_CSV.replace('"周,平"', '周平')
    const before = await cloud.count('members')
    const data = expectOk(await imp({ csv: fixed }))
    expect(data.imported).toBe(3)
    expect(data.memberIds).toHaveLength(3)
    expect(await cloud.count('members')).toBe(before + 3)
    const [lan] = await cloud.all('members', { phone: '13800000001' })
    expect(lan).toMatchObject({
      name: '马小兰',
      partyStatus: 'full',
      homeOrgId: 'org-b1',
      activeOrgIds: ['org-b1'],
      assessingOrgId: 'org-b1',
      groupId: 'org-b1-g1',
      roles: []
    })
    const [lamao] = await cloud.all('members', { phone: '13800000002' })
    expect(lamao).toMatchObject({ employment: 'dispatched', homeOrgId: 'org-v-gannan', activeOrgIds: ['org-b2'] })
    expectOk(await cloud.call({ action: 'bind', name: '拉毛措', phoneLast4: '0002' }, 'wx-lamao'))
  })

  it('imports JSON rows', async () => {
    const rows = [
      {
        name: '赵丽',
        phone: '13800000011',
        partyStatus: 'full',
        employment: 'gig',
        homeOrgId: 'org-platform',
        activeOrgIds: ['org-platform', 'org-community'],
        assessingOrgId: 'org-platform',
        groupId: null,
        joinedAt: '2020-05-04',
        fullAt: '2021-05-04'
      },
      {
        name: '钱进',
        phone: '13800000012',
        partyStatus: 'activist',
        employment: 'contract',
        homeOrgId: 'org-jb',
        activeOrgIds: ['org-jb'],
        assessingOrgId: 'org-jb'
      }
    ]
    expect(expectOk(await imp({ rows })).imported).toBe(2)
    expect(await cloud.count('members', { phone: '13800000011' })).toBe(1)
  })

  it('imports a row whose 转正 is far from a year after 入党, with a warning naming the row', async () => {
    const row = {
      name: '孙悦',
      phone: '13800000013',
      partyStatus: 'full',
      employment: 'contract',
      homeOrgId: 'org-b1',
      activeOrgIds: ['org-b1'],
      assessingOrgId: 'org-b1',
      joinedAt: '2020-05-04',
      fullAt: '2020-06-04'
    }
    const res = expectOk(await imp({ rows: [row] }))
    expect(res).toMatchObject({ imported: 1, warnings: [{ row: 1, reason: '转正日期通常在入党一年后，请核对' }] })
    expect(expectOk(await imp({ rows: [{ ...row, phone: '13800000014', fullAt: '2021-05-04' }] })).warnings).toBeUndefined()
  })

  it('all-or-nothing: one bad row → nothing imported, every bad row listed with its reason', async () => {
    const csv = [
      HEADER,
      '好人,13800000021,正式党员,合同制,org-b1,org-b1,,,2010-01-01,',
      '坏号码,1380000,正式党员,合同制,org-b1,org-b1,,,2010-01-01,',
      `重复,${demoPhone(P.b1Member)},正式党员,合同制,org-b1,org-b1,,,2010-01-01,`,
      '好人二,13800000022,正式党员,合同制,org-b1,org-b1,,,2010-01-01,',
      '错日期,13800000023,正式党员,合同制,org-b1,org-b1,,,2010-02-30,',
      ',13800000024,群众,临时工,火星支部,org-b1,org-b2,,,',
      '同号,13800000022,正式党员,合同制,org-b1,org-b1,,,2010-01-01,'
    ].join('\n')
    const before = await cloud.count('members')
    const res = expectFail(await imp({ csv }), 'IMPORT_ROWS_INVALID')
    expect(res.message).toContain('未导入任何数据')
    expect(res.details.map((d: any) => d.row)).toEqual([2, 3, 4, 5, 6, 7])
    const reason = (row: number) => res.details.find((d: any) => d.row === row).reason
    expect(reason(2)).toContain('手机号格式不正确')
    expect(reason(3)).toContain('手机号已在名册中')
    expect(reason(4)).toContain('手机号与第 7 行重复')
    expect(reason(5)).toContain('入党日期不是有效日期')
    for (const part of [
      '姓名必须填写',
      '党员状态「群众」无效',
      '用工类型「临时工」无效',
      '组织关系所在组织「火星支部」不存在',
      '考核组织必须是参加组织生活的组织之一'
    ]) {
      expect(reason(6)).toContain(part)
    }
    expect(reason(7)).toContain('手机号与第 4 行重复')
    expect(await cloud.count('members')).toBe(before)
  })

  it('two imports of the same phones at once: one wins, the other imports nothing', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({
      name: '并发',
      phone: `1370000${String(i).padStart(4, '0')}`,
      partyStatus: 'full',
      employment: 'contract',
      homeOrgId: 'org-b1',
      activeOrgIds: ['org-b1'],
      joinedAt: '2010-01-01'
    }))
    const before = await cloud.count('members')
    const results = await Promise.all([imp({ rows }), imp({ rows: [...rows].reverse() })])
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(['CONFLICT', 'IMPORT_ROWS_INVALID']).toContain(results.find((r) => !r.ok).code)
    expect(await cloud.count('members')).toBe(before + 30)
  })

  it('an empty rows list or a header-only CSV imports nothing', async () => {
    expectFail(await imp({ rows: [] }), 'INVALID_INPUT')
    expectFail(await imp({ csv: HEADER }), 'IMPORT_ROWS_INVALID')
  })

  it.each([
    ['secretary', P.b1Secretary],
    ['deputy', P.b1Deputy],
    ['plain member', P.b1Member]
  ])('%s → FORBIDDEN, nothing imported', async (_label, by) => {
    const before = await cloud.count('members')
    expectFail(await imp({ csv: GOOD_CSV }, by), 'FORBIDDEN')
    expect(await cloud.count('members')).toBe(before)
  })

  it('unbound → NOT_BOUND', async () => {
    expectFail(await cloud.call({ action: 'importRoster', csv: GOOD_CSV }, 'wx-new'), 'NOT_BOUND')
  })

  it.each([
    ['neither csv nor rows', {}],
    ['both csv and rows', { csv: GOOD_CSV, rows: [{}] }],
    ['csv not a string', { csv: ['a'] }],
    ['rows not a list', { rows: { name: 'x' } }],
    ['over 1000 rows', { rows: Array.from({ length: 1001 }, () => ({})) }],
    ['csv over 512 KB', { csv: `${HEADER}\n${'x'.repeat(512 * 1024)}` }],
    ['unknown header', { csv: '姓名,手机号,备注\n张三,13800000031,x' }],
    ['missing headers', { csv: '姓名,手机号\n张三,13800000031' }],
    ['unterminated quote', { csv: `${HEADER}\n"张三,13800000031` }],
    ['stray quote', { csv: `${HEADER}\n张"三,13800000031` }],
    ['extra field', { csv: GOOD_CSV, dryRun: true }]
  ])('%s → INVALID_INPUT', async (_label, fields) => {
    const before = await cloud.count('members')
    expectFail(await imp(fields), 'INVALID_INPUT')
    expect(await cloud.count('members')).toBe(before)
  })

  it('quoted CSV fields with commas are one field (a name with a comma is then refused as a name)', async () => {
    const res = expectFail(await imp({ csv: GOOD_CSV }), 'IMPORT_ROWS_INVALID')
    expect(res.details).toEqual([{ row: 3, reason: expect.stringContaining('姓名格式不正确') }])
  })
})
