/** @jest-environment node */
import { groupCode } from '@/core/groupCode'

describe('groupCode', () => {
  it.each([
    ['ABCD2345', 'ABCD 2345'],
    ['ABCD', 'ABCD'],
    ['ABCDEFGHJK', 'ABCD EFGH JK']
  ])('groups %s as %s', (code, grouped) => expect(groupCode(code)).toBe(grouped))
})
