import { useSyncExternalStore } from 'react'
import { type PrivacyState, privacyState, watchPrivacy } from './consent'

/** The consent state (sheet open, refused, contract name), re-rendering on change. */
export function usePrivacy(): PrivacyState {
  return useSyncExternalStore(watchPrivacy, privacyState, privacyState)
}
