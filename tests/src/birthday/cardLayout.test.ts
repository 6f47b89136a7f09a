/** @jest-environment node */
import { CARD_HEIGHT, CARD_WIDTH, type CardOp, cardLayout, chineseDate, drawCard, wrapText, yearsText } from '@/birthday/cardLayout'
import { themeColors } from '@/core/theme'

const CARD = { name: '王芳', years: 14, round: false, orgName: '第一党支部', date: '2026-07-01' }
const texts = (ops: CardOp[]) => ops.flatMap((o) => (o.kind === 'text' ? [o.text] : []))

describe('chineseDate', () => {
  it.each([
    ['2026-07-01', '2026年7月1日'],
    ['2027-02-28', '2027年2月28日'],
    ['2026-12-31', '2026年12月31日'],
    ['', ''],
    ['2026/07/01', '']
  ])('%s → %s', (ymd, text) => expect(chineseDate(ymd)).toBe(text))
})

describe('yearsText', () => {
  it.each([
    [1, false, '入党 1 周年'],
    [14, false, '入党 14 周年'],
    [20, true, '入党 20 周年 · 逢十']
  ])('%i years, round %s → %s', (years, round, text) => expect(yearsText(years, round)).toBe(text))
})

describe('wrapText', () => {
  it.each([
    ['第一党支部', 16, 2, ['第一党支部']],
    ['一二三四五六七八九十', 4, 3, ['一二三四', '五六七八', '九十']],
    ['一二三四五六七八九十', 4, 2, ['一二三四', '五六七…']],
    ['  前后空白  ', 16, 2, ['前后空白']],
    ['', 16, 2, []]
  ])('%s by %i, at most %i lines', (text, per, max, lines) => expect(wrapText(text, per, max)).toEqual(lines))
})

describe('cardLayout', () => {
  it('a red card in a gold frame, every line centred, in this order: greeting, name, years, org, date, motto', () => {
    const { width, height, ops } = cardLayout(CARD)
    expect([width, height]).toEqual([CARD_WIDTH, CARD_HEIGHT])
    expect(ops[0]).toEqual({ kind: 'fill', x: 0, y: 0, w: CARD_WIDTH, h: CARD_HEIGHT, color: themeColors.brand })
    expect(ops[1]).toMatchObject({ kind: 'frame', color: themeColors.gold })
    expect(texts(ops)).toEqual(['政治生日快乐', '王芳', '入党 14 周年', '第一党支部', '2026年7月1日', '不忘初心  牢记使命'])
    const lines = ops.filter((o) => o.kind === 'text')
    for (const o of lines) expect(o.x).toBe(CARD_WIDTH / 2)
    const ys = lines.map((o) => o.y)
    expect([...ys].sort((a, b) => a - b)).toEqual(ys)
    for (const y of ys) expect(y).toBeLessThan(CARD_HEIGHT - 24)
  })

  it.each([
    ['a round anniversary', { ...CARD, years: 20, round: true }, '入党 20 周年 · 逢十'],
    ['a long name cut at 10 characters', { ...CARD, name: '阿卜杜热合曼·买买提明江' }, '阿卜杜热合曼·买买提']
  ])('%s', (_n, card, line) => expect(texts(cardLayout(card).ops)).toContain(line))

  it('a long org name takes two lines and pushes the date down, still above the lower rule', () => {
    const org = '中共某某市某某区某某街道某某社区联合党支部委员会第一党小组（临时）'
    const { ops } = cardLayout({ ...CARD, orgName: org })
    const t = ops.filter((o): o is Extract<CardOp, { kind: 'text' }> => o.kind === 'text')
    const orgLines = t.filter((o) => o.size === 28 && o.color === themeColors.onBrandSoft && !o.text.endsWith('日'))
    expect(orgLines.map((o) => o.text)).toEqual([org.slice(0, 16), `${org.slice(16, 31)}…`])
    const date = t.find((o) => o.text === '2026年7月1日')!
    const rule = ops.filter((o) => o.kind === 'line').at(-1) as Extract<CardOp, { kind: 'line' }>
    expect(date.y).toBeGreaterThan(orgLines[1].y)
    expect(date.y + date.size / 2).toBeLessThan(rule.y1)
  })
})

describe('drawCard', () => {
  it('replays fills, frames, rules and centred text on the context', () => {
    const ctx = {
      fillStyle: '',
      strokeStyle: '',
      lineWidth: 0,
      font: '',
      textAlign: '',
      textBaseline: '',
      fillRect: jest.fn(),
      strokeRect: jest.fn(),
      beginPath: jest.fn(),
      moveTo: jest.fn(),
      lineTo: jest.fn(),
      stroke: jest.fn(),
      fillText: jest.fn()
    }
    drawCard(ctx, cardLayout(CARD))
    expect(ctx.fillRect).toHaveBeenCalledWith(0, 0, CARD_WIDTH, CARD_HEIGHT)
    expect(ctx.strokeRect).toHaveBeenCalledTimes(1)
    expect(ctx.stroke).toHaveBeenCalledTimes(2)
    expect(ctx.fillText.mock.calls.map((c) => c[0])).toEqual(texts(cardLayout(CARD).ops))
    expect(ctx.textAlign).toBe('center')
  })
})
