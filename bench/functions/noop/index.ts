// Bench fixture: does nothing, so the gateway's own cost is what gets measured.
export async function main() {
  return { ok: true, data: null }
}
