// The printable sheet of masses codes (群众参评码条): one slip per code, the branch and period named. The
// codes are shown once, at issue time (only their hashes are stored), so the desk hands the fresh batch
// to the sheet page through this module's memory — never through a URL, storage or the server.
import { ASSESS_ORG_PAGES } from './orgRoutes'

export interface MassesSheet {
  periodId: string
  periodName: string
  orgName: string
  codes: string[]
  /** The rating deadline: a code expires with it. */
  expiresAt: string
}

let held: MassesSheet | null = null

/** Keeps the batch just issued for the sheet page (replacing an earlier one). */
export function holdSheet(sheet: MassesSheet): void {
  held = { ...sheet, codes: [...sheet.codes] }
}

/** The batch held for this period, or null (issued elsewhere, or the app was reloaded: gone for good). */
export function heldSheet(periodId: string): MassesSheet | null {
  return held && held.periodId === periodId ? held : null
}

export const massesSheetPage = (periodId: string) => `${ASSESS_ORG_PAGES.massesSheet}?periodId=${encodeURIComponent(periodId)}`
