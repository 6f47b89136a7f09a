/** @jest-environment node */
import { BIRTHDAY_PAGES, greetingPage, routeParam, sevenOnesPage, upcomingPage } from '@/birthday/routes'

describe('birthday routes', () => {
  it.each([
    [greetingPage(), BIRTHDAY_PAGES.greeting],
    [greetingPage('m1:2026'), '/birthday/pages/greeting/index?greetingId=m1%3A2026'],
    [upcomingPage(), '/birthday/pages/upcoming/index'],
    [upcomingPage('b1'), '/birthday/pages/upcoming/index?orgId=b1'],
    [sevenOnesPage('m4', 2026), '/birthday/pages/sevenOnes/index?memberId=m4&year=2026']
  ])('%s', (url, expected) => expect(url).toBe(expected))

  it.each([
    [{ greetingId: 'm1%3A2026' }, 'm1:2026'],
    [{ greetingId: '%E0' }, '%E0'],
    [{}, ''],
    [undefined, '']
  ])('routeParam %j', (params, value) => expect(routeParam(params, 'greetingId')).toBe(value))
})
