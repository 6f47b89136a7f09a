// The rubric editor is long (7 aspects × 18 items with their criteria): aspects fold, and a failed save
// opens the aspects holding a problem and scrolls to the first one in the page's order, instead of a
// summary at the bottom with the problem far above. Each field group carries an element id (`anchorOf`)
// that Taro.pageScrollTo({selector}) finds in H5 and in the mini-program. Pure; table-tested.

/** Where the save button is: problems no field shows (placeIssues' `rest`) are listed above it. */
export const SAVE_ANCHOR = 'rb-save'

/** The element id of the group showing problems at `path` (a normalised field path, e.g. aspects.2.items.0.max). */
export function anchorOf(path: string): string {
  const p = path.split('.')
  switch (p[0]) {
    case 'name':
      return 'rb-name'
    case 'weights':
      return 'rb-weights'
    case 'aspects':
      if (p.length === 1) return 'rb-aspects'
      return p[2] === 'items' && p.length >= 4 ? `rb-a${p[1]}-i${p[3]}` : `rb-a${p[1]}`
    case 'bonusItems':
      return p.length === 1 ? 'rb-bonus' : `rb-b${p[1]}`
    case 'bonusCap':
      return 'rb-bonus-cap'
    case 'vetoItems':
      return p.length === 1 ? 'rb-veto' : `rb-v${p[1]}`
    case 'vetoCeiling':
      return 'rb-veto-ceiling'
    case 'bands':
      return 'rb-bands'
    default:
      return SAVE_ANCHOR
  }
}

/** The page's blocks from top to bottom; within a list, by index. */
const BLOCK_ORDER = ['name', 'weights', 'aspects', 'bonusItems', 'bonusCap', 'vetoItems', 'vetoCeiling', 'bands']

/** A sort key of a field path in the order the editor shows it (a list's own problems before its entries'). */
function orderKey(path: string): number[] {
  const p = path.split('.')
  const block = BLOCK_ORDER.indexOf(p[0])
  const index = (i: number) => (p.length > i && /^\d+$/.test(p[i]) ? Number(p[i]) + 1 : 0)
  if (p[0] === 'aspects') return [block, index(1), p[2] === 'items' ? index(3) : 0]
  return [block < 0 ? BLOCK_ORDER.length : block, index(1), 0]
}

const before = (a: number[], b: number[]) => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i]
  return false
}

/**
 * The anchor to scroll to after a failed save: the first of the placed problems (`at`: field path →
 * messages) in the page's order, else the list above the save button when only unplaced ones (`rest`) exist.
 */
export function firstProblem(at: Readonly<Record<string, readonly string[]>>, rest: readonly string[]): string | null {
  let best: string | null = null
  for (const [path, messages] of Object.entries(at))
    if (messages.length && (best === null || before(orderKey(path), orderKey(best)))) best = path
  if (best !== null) return anchorOf(best)
  return rest.length ? SAVE_ANCHOR : null
}

/** Indexes of the aspects holding a problem (to open them, so the problem is visible). */
export function aspectsWithProblems(at: Readonly<Record<string, readonly string[]>>): number[] {
  const out = new Set<number>()
  for (const [path, messages] of Object.entries(at)) {
    const m = /^aspects\.(\d+)(\.|$)/.exec(path)
    if (m && messages.length) out.add(Number(m[1]))
  }
  return [...out].sort((a, b) => a - b)
}

/** How many problems in all (placed and not). */
export const problemCount = (at: Readonly<Record<string, readonly string[]>>, rest: readonly string[]): number =>
  Object.values(at).reduce((n, m) => n + m.length, rest.length)
