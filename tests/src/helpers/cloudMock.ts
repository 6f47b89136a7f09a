// Page tests replace THE transport seam (src/core/cloud.ts: callCloud) with scripted answers.
import { callCloud, CloudError } from '@/core/cloud'

type Handler = (event: any) => unknown

/** `jest.mock('<src>/services/cloud', ...)` must be declared in the test file; this drives it. */
export function answerCloud(handlers: Record<string, Handler>) {
  const mock = callCloud as unknown as jest.Mock
  mock.mockImplementation(async (fn: string, event: { action: string }) => {
    const h = handlers[`${fn}.${event.action}`]
    if (!h) throw new CloudError('NO_HANDLER', `test has no answer for ${fn}.${event.action}`)
    return h(event)
  })
  return mock
}

export function fail(code: string, message: string): never {
  throw new CloudError(code, message)
}

export function calls(action: string) {
  return (callCloud as unknown as jest.Mock).mock.calls.filter(([, e]) => e.action === action).map(([, e]) => e)
}
