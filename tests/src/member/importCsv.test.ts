/** @jest-environment node */
import { IMPORT_EXAMPLE, IMPORT_HEADER, hasCsv } from '@/member/importCsv'

describe('import format', () => {
  it('example line has one field per header column', () => {
    expect(IMPORT_EXAMPLE.split(',')).toHaveLength(IMPORT_HEADER.split(',').length)
  })
  it.each([
    ['', false],
    ['  \n ', false],
    ['name,phone', true]
  ])('hasCsv(%j) = %s', (text, expected) => expect(hasCsv(text)).toBe(expected))
})
