import { isTemplateKey, TEMPLATE_ENV, TEMPLATE_KEYS, TEMPLATE_LABEL, templateIdOf } from '@shared/reminders/templates'

describe('templates', () => {
  it('every key has an environment variable and a label', () => {
    for (const k of TEMPLATE_KEYS) {
      expect(TEMPLATE_ENV[k]).toMatch(/^[A-Z_]+_TEMPLATE_ID$/)
      expect(TEMPLATE_LABEL[k]).toBeTruthy()
    }
  })

  it.each([
    ['birthdayGreeting', true],
    ['toString', false],
    ['', false],
    [null, false]
  ])('%j is a template key: %s', (k, yes) => expect(isTemplateKey(k)).toBe(yes))

  it.each([
    [{ BIRTHDAY_GREETING_TEMPLATE_ID: 'abc' }, 'abc'],
    [{ BIRTHDAY_GREETING_TEMPLATE_ID: '  ' }, null],
    [{}, null]
  ])('the id from %j is %j', (env, id) => expect(templateIdOf('birthdayGreeting', env)).toBe(id))
})
