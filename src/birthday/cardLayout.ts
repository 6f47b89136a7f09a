// The greeting card 政治生日贺卡 as a layout: every rectangle, rule and line of text with its position,
// size and colour, from the member's name, years, org and date. Pure and table-tested; `drawCard` only
// replays it on a 2D context (weapp Canvas 2D, an H5 <canvas>), so the page test checks what is drawn.
import { themeColors } from '@/core/theme'
import { chineseDate, yearsText } from './text'

export { chineseDate, yearsText }

export const CARD_WIDTH = 600
export const CARD_HEIGHT = 800
/** Characters per line of the org's name (the card's font is 28 px on 600 px, with margins). */
export const ORG_CHARS_PER_LINE = 16
export const ORG_MAX_LINES = 2

export interface CardInput {
  name: string
  years: number
  round: boolean
  orgName: string
  /** YYYY-MM-DD (CST). */
  date: string
}

export type CardOp =
  | { kind: 'fill'; x: number; y: number; w: number; h: number; color: string }
  | { kind: 'frame'; x: number; y: number; w: number; h: number; color: string; width: number }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; color: string; width: number }
  | { kind: 'text'; text: string; x: number; y: number; size: number; bold: boolean; color: string }

export interface CardLayout {
  width: number
  height: number
  ops: CardOp[]
}

/** A text cut into lines of `perLine` characters (code points), at most `maxLines`, the last marked … when cut. */
export function wrapText(text: string, perLine: number, maxLines: number): string[] {
  const chars = Array.from(text.trim())
  const lines: string[] = []
  for (let i = 0; i < chars.length && lines.length < maxLines; i += perLine) lines.push(chars.slice(i, i + perLine).join(''))
  if (chars.length > perLine * maxLines)
    lines[maxLines - 1] = `${Array.from(lines[maxLines - 1])
      .slice(0, perLine - 1)
      .join('')}…`
  return lines
}

const CENTER = CARD_WIDTH / 2

export function cardLayout(card: CardInput): CardLayout {
  const text = (t: string, y: number, size: number, color: string, bold = false): CardOp => ({
    kind: 'text',
    text: t,
    x: CENTER,
    y,
    size,
    bold,
    color
  })
  const org = wrapText(card.orgName, ORG_CHARS_PER_LINE, ORG_MAX_LINES)
  const ops: CardOp[] = [
    { kind: 'fill', x: 0, y: 0, w: CARD_WIDTH, h: CARD_HEIGHT, color: themeColors.brand },
    { kind: 'frame', x: 24, y: 24, w: CARD_WIDTH - 48, h: CARD_HEIGHT - 48, color: themeColors.gold, width: 4 },
    text('政治生日快乐', 150, 56, themeColors.gold, true),
    { kind: 'line', x1: 120, y1: 200, x2: CARD_WIDTH - 120, y2: 200, color: themeColors.gold, width: 2 },
    text(Array.from(card.name).slice(0, 10).join(''), 300, 48, themeColors.onBrand, true),
    text(yearsText(card.years, card.round), 380, 40, themeColors.onBrand),
    ...org.map((line, i) => text(line, 540 + i * 40, 28, themeColors.onBrandSoft)),
    text(chineseDate(card.date), 540 + org.length * 40 + 20, 28, themeColors.onBrandSoft),
    { kind: 'line', x1: 120, y1: 690, x2: CARD_WIDTH - 120, y2: 690, color: themeColors.gold, width: 2 },
    text('不忘初心  牢记使命', 740, 28, themeColors.gold)
  ]
  return { width: CARD_WIDTH, height: CARD_HEIGHT, ops }
}

/** The part of a 2D context the card uses (CanvasRenderingContext2D in H5 and in weapp's Canvas 2D). */
export interface CardContext {
  fillStyle: unknown
  strokeStyle: unknown
  lineWidth: number
  font: string
  textAlign: unknown
  textBaseline: unknown
  fillRect(x: number, y: number, w: number, h: number): void
  strokeRect(x: number, y: number, w: number, h: number): void
  beginPath(): void
  moveTo(x: number, y: number): void
  lineTo(x: number, y: number): void
  stroke(): void
  fillText(text: string, x: number, y: number): void
}

/** Replays a layout on a context (already scaled to the canvas's pixel ratio). */
export function drawCard(ctx: CardContext, layout: CardLayout): void {
  for (const op of layout.ops) {
    switch (op.kind) {
      case 'fill':
        ctx.fillStyle = op.color
        ctx.fillRect(op.x, op.y, op.w, op.h)
        break
      case 'frame':
        ctx.strokeStyle = op.color
        ctx.lineWidth = op.width
        ctx.strokeRect(op.x, op.y, op.w, op.h)
        break
      case 'line':
        ctx.strokeStyle = op.color
        ctx.lineWidth = op.width
        ctx.beginPath()
        ctx.moveTo(op.x1, op.y1)
        ctx.lineTo(op.x2, op.y2)
        ctx.stroke()
        break
      case 'text':
        ctx.fillStyle = op.color
        ctx.font = `${op.bold ? 'bold ' : ''}${op.size}px sans-serif`
        ctx.textAlign = 'center'
        ctx.textBaseline = 'middle'
        ctx.fillText(op.text, op.x, op.y)
        break
    }
  }
}
