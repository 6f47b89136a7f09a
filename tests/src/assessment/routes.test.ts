/** @jest-environment node */
import { boardPage, codeFromScene, massesPage, ratePage, resultPage } from '@/assessment/routes'

describe('page urls', () => {
  it.each([
    [ratePage('p 1', 'm1', 'peer'), '/assessment/pages/rate/index?periodId=p%201&memberId=m1&source=peer'],
    [boardPage('p1'), '/assessment/pages/board/index?periodId=p1'],
    [resultPage('p1'), '/assessment/pages/result/index?periodId=p1'],
    [resultPage('p1', 'm2'), '/assessment/pages/result/index?periodId=p1&memberId=m2'],
    [massesPage('AB12'), '/assessment/pages/masses/index?code=AB12']
  ])('%s', (url, expected) => expect(url).toBe(expected))
})

describe('codeFromScene (a mini-program code’s scene)', () => {
  it.each([
    ['QX7K2M9P', 'QX7K2M9P'],
    ['code%3DQX7K2M9P', 'QX7K2M9P'],
    ['c=QX7K2M9P', 'QX7K2M9P'],
    ['p=p1&c=QX7K2M9P', 'QX7K2M9P'],
    [' QX7K 2M9P ', 'QX7K2M9P'],
    ['%E0%A4%A', '%E0%A4%A'],
    [undefined, '']
  ])('%j → %j', (scene, code) => expect(codeFromScene(scene)).toBe(code))
})
