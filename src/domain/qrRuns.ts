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
