import Taro from '@tarojs/taro'
import { render, screen } from '@testing-library/react'
import { TextEncoder } from 'node:util'
import MassesSheetPage from '@/assessment/pages/massesSheet'
import { holdSheet } from '@/assessment/massesSheet'
import { tap } from '@tests/src/helpers/dom'

// Browsers have TextEncoder (qrcode encodes the URL's bytes with it); this jsdom does not.
;(globalThis as any).TextEncoder ??= TextEncoder

function route(params: Record<string, string>) {
  jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params, path: '/assessment/pages/massesSheet/index' } } as any)
}
afterEach(() => {
  jest.restoreAllMocks()
  process.env.TARO_ENV = 'h5'
})

const sheet = {
  periodId: 'p1',
  periodName: '2026年第四季度',
  orgName: '第一养护中心党支部',
  codes: ['K7M2Q9XA3B', 'H3JD8W2PZC', 'N4RT6YUV8E'],
  expiresAt: '2027-01-07T10:00:00.000Z'
}
const texts = (sel: string) => Array.from(document.querySelectorAll(sel)).map((e) => e.textContent)

describe('群众参评码条 (the printable sheet of a fresh batch)', () => {
  it('shows one slip per code with the branch, the period, the code, its QR and until when; prints in H5', async () => {
    holdSheet(sheet)
    route({ periodId: 'p1' })
    const print = jest.fn()
    window.print = print
    render(<MassesSheetPage />)
    await screen.findByText('第一养护中心党支部 · 2026年第四季度')
    expect(texts('.masses-slip__code')).toEqual(['K7M2 Q9XA 3B', 'H3JD 8W2P ZC', 'N4RT 6YUV 8E'])
    expect(texts('.masses-slip__no')).toEqual(['1/3', '2/3', '3/3'])
    expect(texts('.masses-slip__org')).toEqual(Array(3).fill('第一养护中心党支部'))
    expect(texts('.masses-slip__period')).toEqual(Array(3).fill('2026年第四季度'))
    expect(texts('.masses-slip__until')[0]).toBe('有效期至 2027-01-07 18:00（北京时间）· 仅限使用一次')
    const qr = document.querySelector('[data-code="H3JD8W2PZC"] .masses-slip__qr')!
    expect(qr.getAttribute('data-url')).toBe(`${window.location.origin}/#/assessment/pages/masses/index?code=H3JD8W2PZC`)
    // the address is in the QR, not printed under it
    expect(document.body.textContent).not.toContain('http')
    await tap('打印参评码条')
    expect(print).toHaveBeenCalledTimes(1)
  })

  it('in WeChat: no QR (no page address to encode), no print button; the secretary screenshots it', async () => {
    process.env.TARO_ENV = 'weapp'
    holdSheet(sheet)
    route({ periodId: 'p1' })
    render(<MassesSheetPage />)
    await screen.findByText(/截屏后分享或打印/)
    expect(document.querySelectorAll('.masses-slip')).toHaveLength(3)
    expect(document.querySelectorAll('.masses-slip__qr')).toHaveLength(0)
    expect(screen.queryByText('打印参评码条')).toBeNull()
    expect(texts('.masses-slip__how')[0]).toBe('在「同心」小程序的群众参评页输入此码，无需注册。')
  })

  it('codes are shown once: another period’s page (or after a reload) has none to show', async () => {
    holdSheet(sheet)
    route({ periodId: 'p2' })
    render(<MassesSheetPage />)
    expect(await screen.findByText('参评码只在发放时显示一次，离开后无法再查看。请回到考评工作台重新发放。')).toBeTruthy()
    expect(document.querySelectorAll('.masses-slip')).toHaveLength(0)
  })
})
