// Codes read out or typed by hand (invitations, masses codes) shown in groups of four.

/** 'ABCD2345' → 'ABCD 2345'. */
export function groupCode(code: string): string {
  return code.replace(/(.{4})(?=.)/g, '$1 ')
}
