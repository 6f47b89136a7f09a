/** @jest-environment node */
import fs from 'node:fs'
import path from 'node:path'
import { themeColors, themeColorVars } from '@/core/theme'

// The design tokens live in src/core/theme.css; these tests keep them the only source of colour.
const SRC = path.resolve(__dirname, '../../../src')
const THEME_CSS = path.join(SRC, 'core/theme.css')
const THEME_TS = path.join(SRC, 'core/theme.ts')

const read = (file: string) => fs.readFileSync(file, 'utf8')
const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
const srcFiles = (ext: RegExp) =>
  (fs.readdirSync(SRC, { recursive: true }) as string[])
    .filter((f) => ext.test(f))
    .map((f) => path.join(SRC, f))
    .sort()
const rel = (file: string) => path.relative(SRC, file)

/** name → value of every custom property declared in theme.css. */
function themeVars(): Map<string, string> {
  const vars = new Map<string, string>()
  for (const m of withoutComments(read(THEME_CSS)).matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) vars.set(m[1], m[2].trim())
  return vars
}

/** `file:line: text` for each line of `text` matching `re` (comments blanked, line numbers kept). */
function hits(file: string, re: RegExp, text = withoutComments(read(file))): string[] {
  return text.split('\n').flatMap((line, i) => (re.test(line) ? [`${rel(file)}:${i + 1}: ${line.trim()}`] : []))
}

const COLOUR_LITERAL = /#[0-9a-f]{3}(?:[0-9a-f]{3})?(?:[0-9a-f]{2})?\b|\b(?:rgba?|hsla?)\(/i

describe('theme.css', () => {
  it('declares each token once', () => {
    const names = [...withoutComments(read(THEME_CSS)).matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1])
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([])
  })

  it('is imported by app.css', () => {
    expect(read(path.join(SRC, 'app.css'))).toMatch(/@import '\.\/core\/theme\.css';/)
  })
})

describe('theme.ts mirrors theme.css (JSON configs cannot read CSS variables)', () => {
  it.each(Object.entries(themeColors))('%s', (key, value) => {
    const cssVar = themeColorVars[key as keyof typeof themeColors]
    expect(themeVars().get(cssVar)).toBe(value)
  })
})

describe('colours only through tokens', () => {
  it('no CSS file under src/ but the theme has a colour literal (#hex, rgb(), hsl())', () => {
    const files = srcFiles(/\.css$/).filter((f) => f !== THEME_CSS)
    expect(files.length).toBeGreaterThan(40)
    expect(files.flatMap((f) => hits(f, COLOUR_LITERAL))).toEqual([])
  })

  it('the brand red is written only in theme.css and theme.ts', () => {
    const brand = themeVars().get('--tx-color-brand') as string
    const files = srcFiles(/\.(css|tsx?)$/).filter((f) => f !== THEME_CSS && f !== THEME_TS)
    expect(files.flatMap((f) => hits(f, new RegExp(brand, 'i'), read(f)))).toEqual([])
  })

  it('every var(--tx-…) used under src/ is declared in the theme', () => {
    const declared = themeVars()
    const used = srcFiles(/\.(css|tsx?)$/).flatMap((f) => [...read(f).matchAll(/var\((--tx-[\w-]+)\)/g)].map((m) => `${rel(f)}: ${m[1]}`))
    expect(used.length).toBeGreaterThan(1000)
    expect(used.filter((u) => !declared.has(u.split(': ')[1]))).toEqual([])
  })
})
