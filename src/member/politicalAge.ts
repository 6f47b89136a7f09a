// 党龄 and its honour in words. The server decides both (shared/member/politicalAge.ts); this only words them.
import type { PoliticalHonour } from '@shared/member/api'

export interface PoliticalAgeText {
  text: string
  honour: string | null
}

export function politicalAgeText(age: number | null | undefined, honour?: PoliticalHonour | null): PoliticalAgeText {
  const words = !honour ? null : honour.kind === 'fiftyYears' ? '光荣在党50年' : `入党 ${honour.years} 周年`
  if (age == null || !Number.isFinite(age) || age < 0) return { text: '—', honour: words }
  const years = Math.floor(age)
  return { text: years === 0 ? '不满 1 年' : `${years} 年`, honour: words }
}
