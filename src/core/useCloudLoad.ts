// The load step every data page shares: fetch on mount, send an unbound caller to sign-in,
// keep a readable error for StatusView, and offer `reload` for retry or after a save.
import { useCallback, useEffect, useState } from 'react'
import { errorMessage } from './cloud'
import { sendToLoginIfUnbound } from './nav'

export function useCloudLoad<T>(fetch: () => Promise<T>): { data: T | null; error: string | null; reload: () => Promise<void> } {
  const [data, setData] = useState<T | null>(null)
  const [error, setError] = useState<string | null>(null)

  const reload = useCallback(async () => {
    setError(null)
    try {
      setData(await fetch())
    } catch (e) {
      if (sendToLoginIfUnbound(e)) return
      setError(errorMessage(e))
    }
    // The fetcher is chosen once per page; callers pass a stable function.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  useEffect(() => {
    reload()
  }, [reload])

  return { data, error, reload }
}
