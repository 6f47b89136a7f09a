import { render } from '@testing-library/react'
import FlagTag from '@/core/components/FlagTag'
import type { Flag } from '@shared/assessment/api'

describe('FlagTag', () => {
  it.each<[Flag, string]>([
    ['red', '红旗'],
    ['yellow', '黄旗'],
    ['blue', '蓝旗'],
    ['grey', '灰旗']
  ])('%s shows %s in its own colour class', (flag, label) => {
    const { container } = render(<FlagTag flag={flag} />)
    const el = container.querySelector('[data-flag]')!
    expect(el.textContent).toBe(label)
    expect(el.className).toContain(`flag-tag--${flag}`)
    expect(el.className).not.toContain('flag-tag--large')
  })

  it('has a large variant for a member’s own result', () => {
    const { container } = render(<FlagTag flag='red' large />)
    expect(container.querySelector('[data-flag]')!.className).toContain('flag-tag--large')
  })
})
