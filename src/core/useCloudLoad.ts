// The load step every data page shares: fetch on mount, send an unbound or signed-out caller to sign-in (and back),
// keep a readable error for StatusView, and offer `reload` for retry or after a save.
import { useCallback, useEffect, useRef, useState } from 'react'
import { errorMessage } from './cloud'
import { sendToSignIn } from './nav'

export function useCloudLoad<T>(fetch: () => Promise<T>): { data: T | null; error: string | null; reload: () => Promise<void> } {
  const [data, setData] = useState<T | null>(null)
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
    reload()
  }, [reload])

  return { data, error, reload }
}
