/**
 * Theme colours for places that cannot read CSS variables: app and page configs are JSON
 * (navigation bar, window background). They must equal the variables of src/core/theme.css;
 * tests/src/core/theme.test.ts fails when they drift. Everything else uses var(--tx-…).
 */
export const themeColors = {
  /** --tx-color-brand */
  brand: '#c8161d',
  /** --tx-color-bg-page */
  bgPage: '#f2f2f2'
} as const

/** The CSS variable each constant mirrors. */
export const themeColorVars: Record<keyof typeof themeColors, string> = {
  brand: '--tx-color-brand',
  bgPage: '--tx-color-bg-page'
}
