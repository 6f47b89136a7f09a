import { parseCsv } from '@shared/core/csv'
import { normalizePhone, recordsToRows, validateImportRows, type ImportContext } from '@shared/member/importRows'
import type { OrgLike } from '@shared/member/orgRules'

const orgs: OrgLike[] = [
  { _id: 'K', name: '集团党委', kind: 'committee', parentId: null, external: false },
  { _id: 'B1', name: '第一养护中心党支部', kind: 'branch', parentId: 'K', external: false },
  { _id: 'B2', name: '第二养护中心党支部', kind: 'branch', parentId: 'K', external: false },
  { _id: 'G1', name: '路面党小组', kind: 'group', parentId: 'B1', external: false },
  { _id: 'G2', name: '路面党小组', kind: 'group', parentId: 'B2', external: false },
  { _id: 'V', name: '石门村党支部', kind: 'branch', parentId: null, external: true },
  { _id: 'X1', name: '重名支部', kind: 'branch', parentId: 'K', external: false },
  { _id: 'X2', name: '重名支部', kind: 'branch', parentId: null, external: true }
]
const ctx: ImportContext = { orgs, existingPhones: new Set(['13900000001']), today: '2026-11-21' }

const good = {
  name: '张建国',
  phone: '13900001234',
  partyStatus: 'full',
  employment: 'contract',
  homeOrgId: 'B1',
  activeOrgIds: ['B1'],
  assessingOrgId: 'B1',
  groupId: 'G1',
  joinedAt: '2004-02-29',
  fullAt: '2005-03-01'
}

describe('validateImportRows: a good row', () => {
  it('is accepted and normalised', () => {
    expect(validateImportRows([good], ctx)).toEqual({ ok: true, rows: [good] })
  })

  it('is accepted with a warning when 转正 is far from a year after 入党 (shared/birthday/dates.ts)', () => {
    const early = { ...good, fullAt: '2004-04-01' }
    expect(validateImportRows([early], ctx)).toEqual({
      ok: true,
      rows: [early],
      warnings: [{ row: 1, reason: '转正日期通常在入党一年后，请核对' }]
    })
  })

  it.each([
    [
      'Chinese labels and org names',
      {
        partyStatus: '正式党员',
        employment: '劳务派遣',
        homeOrgId: '石门村党支部',
        activeOrgIds: ['第一养护中心党支部'],
        assessingOrgId: undefined,
        groupId: '路面党小组'
      },
      { partyStatus: 'full', employment: 'dispatched', homeOrgId: 'V', activeOrgIds: ['B1'], assessingOrgId: 'B1', groupId: 'G1' }
    ],
    ['phone with +86 and dashes', { phone: '+86 139-0000-1234' }, { phone: '13900001234' }],
    ['spreadsheet date', { joinedAt: '2004/2/29', fullAt: '2005.3.1' }, { joinedAt: '2004-02-29', fullAt: '2005-03-01' }],
    [
      'applicant without dates',
      { partyStatus: '入党申请人', joinedAt: '', fullAt: undefined },
      { partyStatus: 'applicant', joinedAt: null, fullAt: null }
    ],
    ['Tibetan name with middle dot', { name: '扎西·多吉' }, { name: '扎西·多吉' }]
  ])('%s', (_label, patch, expected) => {
    const res = validateImportRows([{ ...good, ...patch }], ctx)
    expect(res.ok).toBe(true)
    if (res.ok) expect(res.rows[0]).toMatchObject(expected)
  })
})

describe('validateImportRows: every bad row with its reason', () => {
  it.each([
    ['missing name', { name: '' }, '姓名必须填写'],
    ['name with digits', { name: '张三1' }, '姓名格式不正确'],
    ['name too long', { name: '张'.repeat(21) }, '姓名格式不正确'],
    ['bad phone', { phone: '1234' }, '手机号格式不正确'],
    ['phone already in roster', { phone: '13900000001' }, '手机号已在名册中'],
    ['bad status', { partyStatus: '群众' }, '党员状态「群众」无效'],
    ['prototype key as status', { partyStatus: 'constructor' }, '党员状态「constructor」无效'],
    ['bad employment', { employment: '临时工' }, '用工类型「临时工」无效'],
    ['unknown home org', { homeOrgId: 'nope' }, '组织关系所在组织「nope」不存在'],
    ['ambiguous org name', { homeOrgId: '重名支部' }, '有重名，请填写组织编号'],
    ['group as active org', { activeOrgIds: ['G1'], groupId: null }, '不能是党小组'],
    ['no active org', { activeOrgIds: [] }, '至少填写一个'],
    ['duplicate active org', { activeOrgIds: ['B1', 'B1'] }, '重复'],
    ['assessing org not active', { assessingOrgId: 'B2' }, '考核组织必须是参加组织生活的组织之一'],
    ['group outside active orgs', { groupId: 'G2' }, '不属于其参加组织生活的支部'],
    ['unknown group', { groupId: '不存在小组' }, '党小组「不存在小组」不存在'],
    ['impossible date', { joinedAt: '2005-02-29' }, '入党日期不是有效日期'],
    ['future date', { joinedAt: '2026-11-22', fullAt: null }, '入党日期不能晚于今天'],
    ['full member without joining date', { joinedAt: null, fullAt: null }, '正式党员必须填写入党日期'],
    ['activist with joining date', { partyStatus: 'activist', fullAt: null }, '入党积极分子不应有入党日期'],
    ['probationary with full date', { partyStatus: 'probationary' }, '只有正式党员才有转正日期'],
    ['full before joined', { fullAt: '2003-01-01' }, '转正日期不能早于入党日期'],
    ['unknown field', { openid: 'x' }, '不支持的字段：openid'],
    ['very long value', { name: 'x'.repeat(10_000) }, 'name过长']
  ])('%s', (_label, patch, reason) => {
    const res = validateImportRows([good, { ...good, phone: '13900005678', ...patch }], ctx)
    expect(res.ok).toBe(false)
    if (!res.ok) {
      expect(res.errors).toHaveLength(1)
      expect(res.errors[0].row).toBe(2)
      expect(res.errors[0].reason).toContain(reason)
    }
  })

  it('lists every bad row, several reasons per row, and duplicate phones on both rows', () => {
    const res = validateImportRows(
      [
        { ...good, phone: '13900000011' },
        { ...good, name: '', phone: 'abc' },
        good,
        { ...good, phone: '13900000011', partyStatus: 'x' },
        'not an object'
      ],
      ctx
    )
    expect(res).toEqual({
      ok: false,
      errors: [
        { row: 1, reason: '手机号与第 4 行重复' },
        { row: 2, reason: expect.stringMatching(/姓名必须填写；手机号格式不正确/) },
        { row: 4, reason: expect.stringMatching(/党员状态「x」无效.*；手机号与第 1 行重复$/) },
        { row: 5, reason: '行数据必须是对象' }
      ]
    })
  })

  it.each([
    [[], '没有可导入的数据行'],
    [Array.from({ length: 1001 }, () => good), '一次最多导入 1000 行']
  ])('refuses %#', (rows, reason) => {
    expect(validateImportRows(rows, ctx)).toEqual({ ok: false, errors: [{ row: 0, reason }] })
  })
})

describe('recordsToRows', () => {
  it('maps Chinese headers and splits active orgs', () => {
    const csv = '姓名,手机号,党员状态,用工类型,组织关系所在,参加组织生活,入党日期\n李梅,13900002222,预备党员,合同制,B1,B1；B2,2026-01-10\n'
    const { rows } = recordsToRows(parseCsv(csv))
    expect(rows).toEqual([
      {
        name: '李梅',
        phone: '13900002222',
        partyStatus: '预备党员',
        employment: '合同制',
        homeOrgId: 'B1',
        activeOrgIds: ['B1', 'B2'],
        joinedAt: '2026-01-10'
      }
    ])
    expect(validateImportRows(rows, ctx).ok).toBe(true)
  })

  it.each([
    ['', 'CSV 为空'],
    ['姓名,手机号,党员状态,用工类型,组织关系所在,参加组织生活,备注\n', '无法识别的表头：「备注」'],
    ['name,phone,partyStatus,employment,homeOrgId\n', '表头缺少：参加组织生活'],
    ['name,姓名,phone,partyStatus,employment,homeOrgId,activeOrgIds\n', '表头重复：姓名']
  ])('refuses header %j', (csv, message) => {
    expect(() => recordsToRows(parseCsv(csv))).toThrow(message)
  })

  it('flags cells beyond the header', () => {
    const { rows } = recordsToRows(
      parseCsv('name,phone,partyStatus,employment,homeOrgId,activeOrgIds\n王五,13900003333,full,contract,B1,B1,extra\n')
    )
    const res = validateImportRows(rows, ctx)
    expect(res.ok).toBe(false)
    if (!res.ok) expect(res.errors[0].reason).toContain('列数多于表头')
  })
})

describe('normalizePhone', () => {
  it.each([
    ['139 0000 1234', '13900001234'],
    ['+8613900001234', '13900001234'],
    ['8613900001234', '13900001234'],
    ['139-0000-1234', '13900001234']
  ])('%s → %s', (raw, expected) => {
    expect(normalizePhone(raw)).toBe(expected)
  })
})
