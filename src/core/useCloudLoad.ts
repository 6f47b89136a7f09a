// The load step every data page shares: fetch on mount, send an unbound or signed-out caller to sign-in (and back),
// keep a readable error for StatusView, and offer `reload` for retry or after a save.
import { useCallback, useEffect, useRef, useState } from 'react'
import { errorMessage } from './cloud'
import { sendToSignIn } from './nav'

/**
 * `initial`: data the screen's one call already brought (a part of a page loaded with its parent): shown at
 * once and not fetched on mount; `reload` still fetches.
 */
export function useCloudLoad<T>(
  fetch: () => Promise<T>,
  initial?: T | null
): { data: T | null; error: string | null; reload: () => Promise<void> } {
  const [data, setData] = useState<T | null>(initial ?? null)
  const given = useRef(initial !== undefined && initial !== null)
  const [error, setError] = useState<string | null>(null)
  // The fetcher is chosen once per page: the first render's is kept (callers pass inline closures).
  const fetchOnce = useRef(fetch)

  const reload = useCallback(async () => {
    setError(null)
    try {
      setData(await fetchOnce.current())
    } catch (e) {
      if (sendToSignIn(e)) return
      setError(errorMessage(e))
    }
  }, [])

  useEffect(() => {
    if (!given.current) reload()
  }, [reload])

  return { data, error, reload }
}
