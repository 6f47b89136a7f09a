// Shared steps of the packageAssess page tests.
import Taro from '@tarojs/taro'
import { act, fireEvent, waitFor } from '@testing-library/react'

/** The route params the page reads with Taro.getCurrentInstance(). */
export function route(path: string, params: Record<string, string>) {
  jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params, path } } as any)
}

/** The real <input> inside the element matching `selector` (a Taro <Input> in the H5 build). */
export async function inputIn(selector: string): Promise<HTMLInputElement> {
  return waitFor(() => {
    const el = document.querySelector<HTMLInputElement>(`${selector} input`)
    if (!el) throw new Error(`no input in ${selector}`)
    return el
  })
}

export async function typeIn(selector: string, value: string) {
  const input = await inputIn(selector)
  await act(async () => {
    input.value = value
    fireEvent.input(input, { target: { value } })
  })
  return input
}

export async function click(selector: string) {
  const el = await waitFor(() => {
    const e = document.querySelector<HTMLElement>(selector)
    if (!e) throw new Error(`no ${selector}`)
    return e
  })
  await act(async () => {
    fireEvent.click(el)
  })
  return el
}

export const texts = (selector: string) => Array.from(document.querySelectorAll(selector)).map((e) => e.textContent)
