import { type Dispatch, type SetStateAction, useCallback, useRef } from 'react'
import { type FormFill, withoutError } from '@/assessment/score'

export interface ScoreEdits {
  /** A typed or stepped score: the rater knows the item, so its 不了解 mark goes. */
  editScore: (id: string, value: string) => void
  /** 不了解 on or off. */
  setUnknown: (id: string, on: boolean) => void
  /** The field's error goes (an edit answers it). */
  clearError: (id: string) => void
}

/**
 * The handlers a score form (rate, masses) hands every `ScoreInput`. They use state setters and the latest
 * `changed` only, so they are the same functions on every render: the memoised fields skip the renders of
 * keystrokes in other fields. `changed` runs after every edit (the form marks itself touched).
 */
export function useScoreEdits(
  setFill: Dispatch<SetStateAction<FormFill>>,
  setErrors: Dispatch<SetStateAction<Record<string, string>>>,
  changed: () => void
): ScoreEdits {
  const latest = useRef(changed)
  latest.current = changed
  const clearError = useCallback((id: string) => setErrors((prev) => withoutError(prev, id)), [setErrors])
  const editScore = useCallback(
    (id: string, value: string) => {
      setFill((prev) => ({ values: { ...prev.values, [id]: value }, unknown: { ...prev.unknown, [id]: false } }))
      clearError(id)
      latest.current()
    },
    [setFill, clearError]
  )
  const setUnknown = useCallback(
    (id: string, on: boolean) => {
      setFill((prev) => ({ ...prev, unknown: { ...prev.unknown, [id]: on } }))
      clearError(id)
      latest.current()
    },
    [setFill, clearError]
  )
  return { editScore, setUnknown, clearError }
}
