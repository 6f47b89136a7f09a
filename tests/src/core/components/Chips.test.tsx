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
