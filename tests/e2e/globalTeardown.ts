// jest globalTeardown of the e2e project: stops the run's Chromium (tests/e2e/browser.ts).
import { stopSharedBrowser } from './browser'

export default stopSharedBrowser
