import fs from 'node:fs'
import { COLLECTIONS } from '@server/collections'
import { README, consoleSteps, readmeWithSteps } from '../../scripts/console-steps'

describe('cloud-console steps from the collections declaration', () => {
  it('lists every collection with its indexes, unique ones marked', () => {
    const steps = consoleSteps()
    for (const [name, spec] of Object.entries(COLLECTIONS)) {
      expect(steps).toContain(`| \`${name}\` |`)
      for (const i of spec.indexes) expect(steps).toContain(`\`${i.fields.join(' + ')}\`${i.unique ? ' (unique)' : ''}`)
    }
  })

  it('is what the README shows (run `npm run console-steps -- --write` after changing collections.ts)', () => {
    const readme = fs.readFileSync(README, 'utf8')
    expect(readmeWithSteps(readme)).toBe(readme)
  })
})
