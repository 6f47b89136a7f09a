/**
 * Theme colours for places that cannot read CSS variables: app and page configs are JSON
 * (navigation bar, window background), and a canvas (the greeting card). They must equal the variables of src/core/theme.css;
 * tests/src/core/theme.test.ts fails when they drift. Everything else uses var(--tx-…).
 */
export const themeColors = {
  /** --tx-color-brand */
  brand: '#c8161d',
  /** --tx-color-bg-page */
  bgPage: '#f2f2f2',
  /** --tx-color-on-brand (the greeting card's canvas) */
  onBrand: '#fff',
  /** --tx-color-on-brand-soft */
  onBrandSoft: '#ffe6e6',
  /** --tx-color-gold */
  gold: '#ffd98a'
} as const

/** The CSS variable each constant mirrors. */
export const themeColorVars: Record<keyof typeof themeColors, string> = {
  brand: '--tx-color-brand',
  bgPage: '--tx-color-bg-page',
  onBrand: '--tx-color-on-brand',
  onBrandSoft: '--tx-color-on-brand-soft',
  gold: '--tx-color-gold'
}
