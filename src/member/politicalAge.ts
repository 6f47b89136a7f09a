// 党龄 display. The server computes whole years since joinedAt in CST; the client only words it.

export interface PoliticalAgeText {
  text: string
  /** Round anniversaries (every 10 years) stand out; 50 years is "光荣在党50年". */
  honour: string | null
}

export function politicalAgeText(age: number | null | undefined): PoliticalAgeText {
  if (age == null || !Number.isFinite(age) || age < 0) return { text: '—', honour: null }
  const years = Math.floor(age)
  if (years === 0) return { text: '不满 1 年', honour: null }
  let honour: string | null = null
  if (years >= 50) honour = '光荣在党50年'
  else if (years % 10 === 0) honour = `入党 ${years} 周年`
  return { text: `${years} 年`, honour }
}
