import { CsvError, parseCsv } from '@shared/core/csv'

const fields = (text: string) => parseCsv(text).map((r) => r.fields)

describe('parseCsv (RFC 4180)', () => {
  it.each([
    [
      'simple',
      'a,b,c\n1,2,3',
      [
        ['a', 'b', 'c'],
        ['1', '2', '3']
      ]
    ],
    [
      'CRLF and trailing newline',
      'a,b\r\n1,2\r\n',
      [
        ['a', 'b'],
        ['1', '2']
      ]
    ],
    [
      'lone CR',
      'a,b\r1,2',
      [
        ['a', 'b'],
        ['1', '2']
      ]
    ],
    [
      'BOM dropped',
      '\uFEFF姓名,手机号\n张三,13900000000',
      [
        ['姓名', '手机号'],
        ['张三', '13900000000']
      ]
    ],
    ['quoted comma', 'a,"b,c",d', [['a', 'b,c', 'd']]],
    ['escaped quote', '"say ""hi""",x', [['say "hi"', 'x']]],
    [
      'quoted line break',
      '"line1\nline2",x\ny,z',
      [
        ['line1\nline2', 'x'],
        ['y', 'z']
      ]
    ],
    [
      'empty fields',
      'a,,c\n,,',
      [
        ['a', '', 'c'],
        ['', '', '']
      ]
    ],
    ['empty quoted field', 'a,"",c', [['a', '', 'c']]],
    ['blank lines skipped', 'a\n\n\nb\n', [['a'], ['b']]],
    ['empty input', '', []],
    ['chinese semicolons kept inside a field', '"b1；b2",x', [['b1；b2', 'x']]]
  ])('%s', (_label, text, expected) => {
    expect(fields(text)).toEqual(expected)
  })

  it('numbers records by their starting line', () => {
    expect(parseCsv('h\n"a\nb"\nc').map((r) => r.line)).toEqual([1, 2, 4])
  })

  it.each([
    ['unterminated quote', 'a,"b\nc', 1],
    ['quote inside an unquoted field', 'a,b"c\n', 1],
    ['text after a closing quote', '"a"b,c', 1],
    ['error line counted past earlier records', 'x\ny\nab"c', 3]
  ])('refuses %s (line %i)', (_label, text, line) => {
    let err: unknown
    try {
      parseCsv(text)
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(CsvError)
    expect((err as CsvError).line).toBe(line)
  })
})
