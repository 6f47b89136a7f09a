import { completionCells, completionFileName, percentText } from '@shared/commitment/completionSheet'

describe('the completion sheet', () => {
  it('a branch: counts as numbers, shares as whole percents as the bars show them', () => {
    expect(completionCells({ orgId: 'b', orgName: '第一养护站党支部', members: 11, approved: 8, checksAccepted: 5 })).toEqual([
      '第一养护站党支部',
      11,
      8,
      '73%',
      5,
      '45%'
    ])
  })

  it('0 of 0 is 0%', () => {
    expect(percentText(0, 0)).toBe('0%')
  })

  it('the file name drops characters a file system refuses', () => {
    expect(completionFileName('某某 党委/二级', 2026)).toBe('承诺完成情况_某某_党委_二级_2026年.xlsx')
  })
})
