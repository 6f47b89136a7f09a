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
