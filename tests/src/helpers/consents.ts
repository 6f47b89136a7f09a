// A member's subscribe-consent balances as whoami answers them: every template key, none left unless given.
import { TEMPLATE_KEYS, type TemplateKey } from '@shared/reminders/templates'

export function consentBalances(left: Partial<Record<TemplateKey, number>> = {}): Record<TemplateKey, number> {
  return Object.fromEntries(TEMPLATE_KEYS.map((k) => [k, left[k] ?? 0])) as Record<TemplateKey, number>
}
