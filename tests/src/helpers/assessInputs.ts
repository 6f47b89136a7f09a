import { waitFor } from '@testing-library/react'

/**
 * Wait until every Taro <Input>/<Textarea> has rendered its real element: the H5 components set a
 * changed value on that element, and throw (logged, harmless) if it is not there yet.
 */
export async function inputsRendered() {
  await waitFor(() => {
    const hosts = Array.from(document.querySelectorAll('taro-input-core, taro-textarea-core'))
    if (!hosts.length || hosts.some((h) => !h.querySelector('input, textarea'))) throw new Error('inputs not rendered yet')
  })
}

/** Type into the Taro <Input>/<Textarea> with this placeholder inside the first element matching `scope`. */
export async function typeIn(scope: string, placeholder: string, value: string) {
  const { act, fireEvent } = await import('@testing-library/react')
  const el = await waitFor(() => {
    const box = document.querySelector(scope)
    const e = box?.querySelector<HTMLInputElement | HTMLTextAreaElement>(
      `input[placeholder="${placeholder}"], textarea[placeholder="${placeholder}"]`
    )
    if (!e) throw new Error(`no ${placeholder} in ${scope}`)
    return e
  })
  await act(async () => {
    el.value = value
    fireEvent.input(el, { target: { value } })
  })
}
