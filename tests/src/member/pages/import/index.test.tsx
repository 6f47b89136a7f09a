jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import { render, screen } from '@testing-library/react'
import ImportPage from '@/member/pages/import'
import { CloudError } from '@/core/cloud'
import { answerCloud, calls } from '@tests/src/helpers/cloudMock'
import { tap, typeIntoTextarea } from '@tests/src/helpers/dom'
import { IMPORT_EXAMPLE, IMPORT_HEADER } from '@/member/importCsv'

afterEach(() => jest.restoreAllMocks())

const CSV = `${IMPORT_HEADER}\n${IMPORT_EXAMPLE}\n李四,123,full,contract,b1,b1,b1,,2015-07-01,`

describe('roster import page (committee staff)', () => {
  it('shows the header in Chinese and an example line, and says 表格, not CSV (the English header is still accepted)', async () => {
    answerCloud({})
    render(<ImportPage />)
    expect(screen.queryByText(IMPORT_HEADER)).toBeNull()
    expect(screen.getByText(IMPORT_EXAMPLE)).toBeTruthy()
    expect(screen.getByText(/姓名,手机号,党员状态/)).toBeTruthy()
    expect(document.body.textContent).not.toMatch(/CSV|YYYY/)
  })

  it('lists every bad row the server reports, nothing imported', async () => {
    answerCloud({
      'member.importRoster': () => {
        throw new CloudError('IMPORT_ROWS_INVALID', '有 2 行数据有误，未导入任何数据，请修改后重新导入', [
          { row: 2, reason: '手机号应为 11 位大陆手机号' },
          { row: 3, reason: '姓名不能为空；入党日期格式不正确' }
        ])
      }
    })
    render(<ImportPage />)
    await typeIntoTextarea('在此粘贴名册内容', CSV)
    await tap('导入')
    expect(calls('importRoster')).toEqual([{ action: 'importRoster', csv: CSV }])
    expect(await screen.findByText('有 2 行数据有误，未导入任何数据，请修改后重新导入')).toBeTruthy()
    const rows = Array.from(document.querySelectorAll('.import__bad-row')).map((e) => e.textContent)
    expect(rows).toEqual(['第 2 行手机号应为 11 位大陆手机号', '第 3 行姓名不能为空；入党日期格式不正确'])
    expect(screen.queryByText(/导入成功/)).toBeNull()
  })

  it('says how many were imported and clears the text', async () => {
    answerCloud({ 'member.importRoster': () => ({ imported: 2, memberIds: ['m_1', 'm_2'] }) })
    render(<ImportPage />)
    const box = await typeIntoTextarea('在此粘贴名册内容', CSV)
    await tap('导入')
    expect(await screen.findByText('导入成功：共 2 人')).toBeTruthy()
    expect(box.value).toBe('')
  })

  it('imports rows with date warnings and lists them to check (转正 far from a year after 入党 is not a refusal)', async () => {
    answerCloud({
      'member.importRoster': () => ({
        imported: 2,
        memberIds: ['m_1', 'm_2'],
        warnings: [{ row: 2, reason: '转正日期通常在入党一年后，请核对' }]
      })
    })
    render(<ImportPage />)
    await typeIntoTextarea('在此粘贴名册内容', CSV)
    await tap('导入')
    expect(await screen.findByText('导入成功：共 2 人')).toBeTruthy()
    expect(screen.getByText('已导入，以下 1 行请核对（如入党、转正日期）：')).toBeTruthy()
    const rows = Array.from(document.querySelectorAll('.import__warn-row')).map((e) => e.textContent)
    expect(rows).toEqual(['第 2 行转正日期通常在入党一年后，请核对'])
    expect(document.querySelectorAll('.import__bad-row')).toHaveLength(0)
  })

  it('shows no warning box when the server has none', async () => {
    answerCloud({ 'member.importRoster': () => ({ imported: 1, memberIds: ['m_1'] }) })
    render(<ImportPage />)
    await typeIntoTextarea('在此粘贴名册内容', CSV)
    await tap('导入')
    expect(await screen.findByText('导入成功：共 1 人')).toBeTruthy()
    expect(document.querySelector('.import__warn')).toBeNull()
  })

  it('shows other errors (row 0 = the input as a whole) and refuses an empty paste', async () => {
    answerCloud({
      'member.importRoster': () => {
        throw new CloudError('IMPORT_ROWS_INVALID', '有 1 行数据有误', [{ row: 0, reason: '缺少表头：phone' }])
      }
    })
    render(<ImportPage />)
    await tap('导入')
    expect(screen.getByText('请先粘贴名册内容（第一行为表头）')).toBeTruthy()
    expect(calls('importRoster')).toHaveLength(0)
    await typeIntoTextarea('在此粘贴名册内容', 'name\n张三')
    await tap('导入')
    expect(await screen.findByText('整体')).toBeTruthy()
    expect(screen.getByText('缺少表头：phone')).toBeTruthy()
  })
})
