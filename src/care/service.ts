// Typed helpers for the `care` cloud function (the contract: shared/care/api.ts), on the one transport.
import type { CareApi, Occasion } from '@shared/care/api'
import { callCloud } from '@/core/cloud'

export const care = {
  todo: (orgId: string) => callCloud('care', { action: 'todo', orgId }),
  occasions: (orgId: string) => callCloud('care', { action: 'occasions', orgId }),
  saveOccasions: (occasions: Occasion[], noCheckinWeeks: number) =>
    callCloud('care', { action: 'saveOccasions', occasions, noCheckinWeeks }),
  records: (memberId: string) => callCloud('care', { action: 'records', memberId }),
  record: (req: CareApi['record']['req']) => callCloud('care', { action: 'record', ...req }),
  setHardship: (memberId: string, hardship: boolean, note: string | null) =>
    callCloud('care', { action: 'setHardship', memberId, hardship, note })
}
