import { ATTENDANCE_STATUS_LABEL, STAGE_LABEL } from '@shared/checkin/labels'

describe('the attendance words', () => {
  it.each([
    ['pending', '未签到'],
    ['absent', '缺席'],
    ['present', '出席'],
    ['late', '迟到'],
    ['makeup', '补签'],
    ['guest', '列席']
  ] as const)('a member %s reads %s (缺席 only once the activity has ended)', (status, word) => {
    expect(ATTENDANCE_STATUS_LABEL[status]).toBe(word)
  })

  it('the activity’s stage', () => {
    expect(STAGE_LABEL).toEqual({ upcoming: '未开始', ongoing: '进行中', ended: '已结束' })
  })
})
