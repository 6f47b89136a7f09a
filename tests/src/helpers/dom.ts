import { act, fireEvent, screen, waitFor } from '@testing-library/react'

/** Type into a Taro <Input> (the H5 custom element renders a real <input> inside). */
export async function typeInto(placeholder: string, value: string) {
  const input = await waitFor(() => {
    const el = document.querySelector<HTMLInputElement>(`input[placeholder="${placeholder}"]`)
    if (!el) throw new Error(`no input with placeholder ${placeholder}`)
    return el
  })
  input.value = value
  fireEvent.input(input, { target: { value } })
  return input
}

/** Click the innermost element showing exactly this text. */
export async function tap(text: string) {
  const el = await screen.findByText(text)
  // Inside act, so the async work a tap starts (a mocked call resolving) settles within it.
  await act(async () => {
    fireEvent.click(el)
  })
  return el
}

/** Click the element showing exactly this text inside the first element matching `selector`. */
export async function tapIn(selector: string, text: string) {
  const { within } = await import('@testing-library/react')
  const box = await waitFor(() => {
    const el = document.querySelector<HTMLElement>(selector)
    if (!el) throw new Error(`no ${selector}`)
    return el
  })
  const el = await within(box).findByText(text)
  await act(async () => {
    fireEvent.click(el)
  })
  return el
}

/** Type into a Taro <Textarea> (a real <textarea> inside the H5 custom element). */
export async function typeIntoTextarea(placeholder: string, value: string) {
  const el = await waitFor(() => {
    const t = document.querySelector<HTMLTextAreaElement>(`textarea[placeholder="${placeholder}"]`)
    if (!t) throw new Error(`no textarea with placeholder ${placeholder}`)
    return t
  })
  await act(async () => {
    el.value = value
    fireEvent.input(el, { target: { value } })
  })
  return el
}
