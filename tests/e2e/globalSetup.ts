// jest globalSetup of the e2e project: the run's one Chromium (tests/e2e/browser.ts).
import { startSharedBrowser } from './browser'

export default startSharedBrowser
