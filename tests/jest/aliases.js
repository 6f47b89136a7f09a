// The path aliases of tsconfig.json for jest (jest does not read tsconfig's `paths`): one list, used by every project.
module.exports = {
  '^@/(.*)$': '<rootDir>/src/$1',
  '^@shared/(.*)$': '<rootDir>/shared/$1',
  '^@server/(.*)$': '<rootDir>/cloudfunctions/lib/$1',
  '^@localcloud/(.*)$': '<rootDir>/localcloud/$1',
  '^@tests/(.*)$': '<rootDir>/tests/$1'
}
