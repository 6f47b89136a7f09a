// A QR code's module matrix (from the `qrcode` package's `create`) as an SVG data URI:
// one path of unit squares, a quiet zone of `margin` modules. Pure; no canvas needed.

export interface QrModules {
  size: number
  /** Row-major, truthy = dark. */
  data: ArrayLike<number | boolean>
}

export function qrSvg(m: QrModules, margin = 4): string {
  const side = m.size + margin * 2
  let d = ''
  for (let r = 0; r < m.size; r++) {
    for (let c = 0; c < m.size; c++) {
      if (m.data[r * m.size + c]) d += `M${c + margin} ${r + margin}h1v1h-1z`
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" shape-rendering="crispEdges"><rect width="${side}" height="${side}" fill="#fff"/><path d="${d}" fill="#000"/></svg>`
}

export function svgDataUri(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
}

/** Back from the data URI to the dark modules (tests read the drawn QR with this). */
export function modulesFromSvg(svg: string, margin = 4): { size: number; dark: Set<string> } {
  const side = Number(/viewBox="0 0 (\d+) /.exec(svg)?.[1] ?? 0)
  const dark = new Set<string>()
  for (const [, x, y] of svg.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) dark.add(`${Number(y) - margin},${Number(x) - margin}`)
  return { size: side - margin * 2, dark }
}
