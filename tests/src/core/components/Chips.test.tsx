import fs from 'node:fs'
import path from 'node:path'
import { render, screen } from '@testing-library/react'
import Chips from '@/core/components/Chips'
import { tap } from '@tests/src/helpers/dom'

const OPTIONS = [
  { value: 'a', label: '甲' },
  { value: 'b', label: '乙' },
  { value: 'c', label: '丙' }
] as const

const chip = (label: string) => screen.getByText(label)

describe('Chips', () => {
  it.each([
    ['one choice', { isOn: (v: string) => v === 'b' }, 'radio', ['false', 'true', 'false']],
    ['several choices', { isOn: (v: string) => v !== 'b', multi: true }, 'checkbox', ['true', 'false', 'true']],
    ['actions', {}, 'button', [null, null, null]]
  ] as const)('%s: role %s, aria-checked and the on class follow isOn', (_case, props, role, checked) => {
    render(<Chips options={OPTIONS} onTap={() => {}} {...props} />)
    OPTIONS.forEach((o, i) => {
      expect(chip(o.label).getAttribute('aria-role')).toBe(role)
      expect(chip(o.label).getAttribute('aria-checked')).toBe(checked[i])
      expect(chip(o.label).className.includes('chips__chip--on')).toBe(checked[i] === 'true')
    })
  })

  it('hands the tapped option’s value to onTap', async () => {
    const onTap = jest.fn()
    render(<Chips options={OPTIONS} isOn={() => false} onTap={onTap} />)
    await tap('丙')
    await tap('甲')
    expect(onTap.mock.calls).toEqual([['c'], ['a']])
  })

  it.each([
    [false, 'chips'],
    [true, 'chips chips--flush']
  ])('flush=%s: row class %s (no side padding inside a padded block)', (flush, className) => {
    render(<Chips options={OPTIONS} onTap={() => {}} flush={flush} />)
    expect(chip('甲').parentElement!.className).toBe(className)
  })
})

// The check-in page's only activity once looked chosen when it was not (red border, red text): the
// first submit failed with 请先选择活动. Read the rules the chip classes get from the stylesheet.
describe('Chips look', () => {
  const css = fs.readFileSync(path.resolve(__dirname, '../../../../src/core/components/Chips/style.css'), 'utf8')
  /** The declarations of the rule whose selector is exactly `selector`. */
  const rule = (selector: string) => {
    const m = new RegExp(`(?:^|\\n)${selector.replace(/[.-]/g, (c) => `\\${c}`)}\\s*\\{([^}]*)\\}`).exec(css)
    if (!m) throw new Error(`no rule ${selector}`)
    return Object.fromEntries(
      m[1]
        .split(';')
        .map((d) => d.split(':').map((x) => x.trim()))
        .filter(([k, val]) => k && val)
    ) as Record<string, string>
  }

  it('a choice not taken is neutral: no brand red in its text or border; the one taken is filled red', () => {
    const off = rule('.chips__chip')
    expect(off.color).not.toMatch(/brand/)
    expect(off.border).not.toMatch(/brand/)
    expect(off.color).toBe('var(--tx-color-text-secondary)')
    const on = rule('.chips__chip--on')
    expect(on.background).toBe('var(--tx-color-brand)')
    expect(on.color).toBe('var(--tx-color-on-brand)')
  })

  it.each([
    ['one choice', { isOn: (v: string) => v === 'b' }, ['chips__chip', 'chips__chip chips__chip--on', 'chips__chip']],
    [
      'several choices',
      { isOn: (v: string) => v === 'b', multi: true },
      ['chips__chip chips__chip--multi', 'chips__chip chips__chip--multi chips__chip--on', 'chips__chip chips__chip--multi']
    ],
    [
      'actions (red outline, like a button)',
      {},
      ['chips__chip chips__chip--action', 'chips__chip chips__chip--action', 'chips__chip chips__chip--action']
    ]
  ] as const)('%s: classes', (_l, props, classes) => {
    render(<Chips options={OPTIONS} onTap={() => {}} {...props} />)
    expect(OPTIONS.map((o) => chip(o.label).className)).toEqual(classes)
  })

  it('several on: a tick marks each; actions keep the brand outline', () => {
    expect(rule('.chips__chip--multi.chips__chip--on::before').content).toBe("'✓'")
    expect(rule('.chips__chip--action')).toEqual({ color: 'var(--tx-color-brand)', 'border-color': 'var(--tx-color-brand)' })
  })
})
