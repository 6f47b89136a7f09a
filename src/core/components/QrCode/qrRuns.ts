// A QR module matrix as horizontal runs of dark modules, so the code can be drawn with a few hundred
// plain views (the same in weapp, H5 and tests; no canvas). Pure; table-tested.

export interface QrRun {
  row: number
  col: number
  len: number
}

/** Runs of dark modules, row by row, left to right. `dark(r, c)` reads the matrix. */
export function darkRuns(size: number, dark: (row: number, col: number) => boolean): QrRun[] {
  const runs: QrRun[] = []
  for (let row = 0; row < size; row++) {
    let col = 0
    while (col < size) {
      if (!dark(row, col)) {
        col++
        continue
      }
      const start = col
      while (col < size && dark(row, col)) col++
      runs.push({ row, col: start, len: col - start })
    }
  }
  return runs
}

/** A run's box in percent of the whole image, with `quiet` light modules of margin on each side. */
export function runBox(run: QrRun, size: number, quiet = 4): { left: string; top: string; width: string; height: string } {
  const unit = 100 / (size + 2 * quiet)
  const f = (n: number) => `${Math.round(n * 1000) / 1000}%`
  return { left: f((run.col + quiet) * unit), top: f((run.row + quiet) * unit), width: f(run.len * unit), height: f(unit) }
}

/** UTF-8 bytes of a string, without TextEncoder (not in every mini-program runtime). */
export function utf8(text: string): Uint8Array {
  const out: number[] = []
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0 // never undefined: `ch` is one whole code point
    if (c < 0x80) out.push(c)
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63))
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63))
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63))
  }
  return Uint8Array.from(out)
}
