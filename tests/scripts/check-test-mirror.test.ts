import { type Tree, importedValues, mirrorProblem } from '../../scripts/check-test-mirror'

const SOURCES = [
  'src/core/session.ts',
  'src/core/cst.ts',
  'src/home/index.tsx',
  'src/core/components/Chips/index.tsx',
  'src/checkin/pages/activities/index.tsx',
  'shared/core/time.ts',
  'cloudfunctions/lib/validate.ts',
  'cloudfunctions/checkin/index.ts'
]

/** A checkout holding the sources above and one test file with `text`. */
const tree = (file: string, text: string): Tree => ({
  exists: (rel) => SOURCES.includes(rel) || rel === file,
  read: () => text
})

describe('mirrorProblem', () => {
  it.each([
    ['a module', 'tests/src/core/session.test.ts', "import { isStaff } from '@/core/session'"],
    ['a topic of a module', 'tests/src/core/session.landing.test.ts', "import { landingFor } from '@/core/session'"],
    ['a folder with an index', 'tests/src/core/components/Chips.test.tsx', "import Chips from '@/core/components/Chips'"],
    ['a page', 'tests/src/checkin/pages/activities/index.test.tsx', "import Page from '@/checkin/pages/activities'"],
    ['a topic of an index', 'tests/src/home/index.assessment.test.tsx', "import HomePage from '@/home'"],
    ['shared, by a relative path', 'tests/shared/core/time.test.ts', "import { isYmd } from '../../../shared/core/time'"],
    ['the server kit', 'tests/cloudfunctions/lib/validate.test.ts', "import { v } from '@server/validate'"],
    ['an integration suite of a function', 'tests/cloudfunctions/checkin/scan.test.ts', ''],
    ['a helper of a function’s suites', 'tests/cloudfunctions/checkin/helpers.ts', ''],
    ['a component helper', 'tests/src/helpers/dom.ts', ''],
    [
      'another module used as a tool',
      'tests/src/core/session.test.ts',
      "import { isStaff } from '@/core/session'\nimport { cstDateTime } from '@/core/cst'\nconst when = cstDateTime(x)"
    ],
    [
      'another module’s function only as a type',
      'tests/src/core/session.test.ts',
      "import { isStaff } from '@/core/session'\nimport type { Cst } from '@/core/cst'\nexpect(isStaff(r))"
    ]
  ])('accepts %s', (_n, file, text) => expect(mirrorProblem(file, tree(file, text))).toBeNull())

  it.each([
    ['a test of no module', 'tests/src/core/sesion.test.ts', '', /mirrors no module/],
    ['a topic of no module', 'tests/src/core/sesion.landing.test.ts', '', /mirrors no module/],
    ['a helper outside the helper folders', 'tests/src/core/fixtures.ts', '', /not a test/],
    ['an integration suite of no function', 'tests/cloudfunctions/chekin/scan.test.ts', '', /no function cloudfunctions\/chekin/],
    [
      'a test that does not import its module',
      'tests/src/core/session.test.ts',
      "import { cstDateTime } from '@/core/cst'",
      /does not import/
    ],
    [
      'a suite about another module (expect)',
      'tests/src/core/session.test.ts',
      "import { isStaff } from '@/core/session'\nimport { cstDateTime } from '@/core/cst'\nexpect(cstDateTime('x')).toBe('—')",
      /tests another module \(cstDateTime of src\/core\/cst\)/
    ],
    [
      'a suite about another page (render)',
      'tests/src/home/index.test.tsx',
      "import HomePage from '@/home'\nimport OrgPage from '@/checkin/pages/activities'\nrender(<OrgPage />)",
      /OrgPage of src\/checkin\/pages\/activities/
    ]
  ])('refuses %s', (_n, file, text, why) => expect(mirrorProblem(file, tree(file, text))).toMatch(why))
})

describe('importedValues', () => {
  it('keys value imports by module, leaving out type-only ones', () => {
    const text = [
      "import type { Org } from '@shared/member/api'",
      "import Page, { a, b as c, type D } from '@/x/pages/y/index'",
      "import * as ns from './z'",
      'import {',
      '  e,',
      '  f',
      "} from '@server/db'",
      "import { render } from '@testing-library/react'"
    ].join('\n')
    expect(Object.fromEntries(importedValues('tests/src/x/w.test.ts', text))).toEqual({
      'src/x/pages/y': ['a', 'c', 'Page'],
      'tests/src/x/z': ['ns'],
      'cloudfunctions/lib/db': ['e', 'f']
    })
  })
})
