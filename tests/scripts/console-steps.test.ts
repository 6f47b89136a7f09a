import fs from 'node:fs'
import { COLLECTIONS } from '@server/collections'
import { PRIVACY_PURPOSES } from '@/core/privacy/purposes'
import { README, consoleSteps, privacyGuide, readmeWithSteps } from '../../scripts/console-steps'

describe('cloud-console steps from the collections declaration', () => {
  it('lists every collection with its indexes, unique ones marked', () => {
    const steps = consoleSteps()
    for (const [name, spec] of Object.entries(COLLECTIONS)) {
      expect(steps).toContain(`| \`${name}\` |`)
      for (const i of spec.indexes) expect(steps).toContain(`\`${i.fields.join(' + ')}\`${i.unique ? ' (unique)' : ''}`)
    }
  })

  it('the privacy guide declares every type the consent sheet names, each with its purpose', () => {
    const guide = privacyGuide()
    for (const p of PRIVACY_PURPOSES) expect(guide).toContain(`| ${p.info} | ${p.purpose} |`)
    expect(guide).toContain('| 收集你的位置信息 | 签到时核对你是否在活动地点附近')
    expect(guide).toContain('| 使用你的相册（仅写入）权限 |')
  })

  it('is what the README shows (run `npm run console-steps -- --write` after changing collections.ts or privacy/purposes.ts)', () => {
    const readme = fs.readFileSync(README, 'utf8')
    expect(readmeWithSteps(readme)).toBe(readme)
  })
})
