import { isTemplateKey, subscribeTemplatesOf, TEMPLATE_ENV, TEMPLATE_KEYS, TEMPLATE_LABEL, templateIdOf } from '@shared/reminders/templates'

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

  it.each([
    [{}, {}],
    [{ BIRTHDAY_GREETING_TEMPLATE_ID: ' g1 ', ASSESSMENT_RATE_TEMPLATE_ID: '' }, { birthdayGreeting: 'g1' }],
    [
      {
        ASSESSMENT_RATE_TEMPLATE_ID: 'r',
        ASSESSMENT_TALK_TEMPLATE_ID: 't',
        BIRTHDAY_GREETING_TEMPLATE_ID: 'g',
        BIRTHDAY_UPCOMING_TEMPLATE_ID: 'u',
        OTHER_TEMPLATE_ID: 'x'
      },
      { assessmentRate: 'r', assessmentTalk: 't', birthdayGreeting: 'g', birthdayUpcoming: 'u' }
    ]
  ])('the client learns the set ids only: %j → %j', (env, ids) => expect(subscribeTemplatesOf(env)).toEqual(ids))
})
