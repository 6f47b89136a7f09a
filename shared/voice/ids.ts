// A suggestion's _id from what makes it unique: its author and the sheet's draft id (a retried submit
// files one). Needs node:crypto: server side only (the function and the demo seed; never the client).
import crypto from 'node:crypto'

export const suggestionIdOf = (memberId: string, draftId: string) =>
  `s${crypto.createHash('sha256').update(`${memberId}:${draftId}`).digest('hex').slice(0, 24)}`
