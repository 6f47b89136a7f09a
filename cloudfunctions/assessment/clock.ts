// CST formatting for reminders (WeChat `time` keywords take "YYYY-MM-DD HH:mm").
import { cst } from '@shared/core/time'

export { cstDate } from '@shared/core/time'
export const cstDateTimeShort = (at: Date) => cst(at).format('YYYY-MM-DD HH:mm')
