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
