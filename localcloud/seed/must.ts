// A lookup the demo data guarantees: a typo in the data fails loudly instead of seeding undefined.
export function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`demo data: no ${what}`)
  return value
}
