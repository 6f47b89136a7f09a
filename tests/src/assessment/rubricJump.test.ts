/** @jest-environment node */
import { anchorOf, aspectsWithProblems, firstProblem, problemCount, SAVE_ANCHOR } from '@/assessment/rubricJump'

describe('anchorOf: the element a problem shows in', () => {
  it.each([
    ['name', 'rb-name'],
    ['weights', 'rb-weights'],
    ['weights.org', 'rb-weights'],
    ['aspects', 'rb-aspects'],
    ['aspects.2', 'rb-a2'],
    ['aspects.2.name', 'rb-a2'],
    ['aspects.2.items', 'rb-a2'],
    ['aspects.2.items.0', 'rb-a2-i0'],
    ['aspects.2.items.11.max', 'rb-a2-i11'],
    ['bonusItems', 'rb-bonus'],
    ['bonusItems.1.max', 'rb-b1'],
    ['bonusCap', 'rb-bonus-cap'],
    ['vetoItems.0.name', 'rb-v0'],
    ['vetoCeiling', 'rb-veto-ceiling'],
    ['bands', 'rb-bands'],
    ['meta', SAVE_ANCHOR]
  ])('%s → #%s', (path, id) => expect(anchorOf(path)).toBe(id))
})

describe('firstProblem: in the page’s order, not the checks’ order', () => {
  it.each<[string, Record<string, string[]>, string[], string | null]>([
    ['nothing wrong', {}, [], null],
    ['only unplaced problems: the list above the save button', {}, ['细则版本冲突'], SAVE_ANCHOR],
    ['bands after an item', { bands: ['x'], 'aspects.1.items.0.name': ['y'] }, [], 'rb-a1-i0'],
    ['the name before everything', { 'aspects.0.items.0.max': ['x'], name: ['y'] }, [], 'rb-name'],
    ['weights before aspects', { 'aspects.0.name': ['x'], 'weights.peer': ['y'] }, [], 'rb-weights'],
    ['the items’ sum (aspects) before the first aspect', { 'aspects.0.name': ['x'], aspects: ['y'] }, [], 'rb-aspects'],
    ['an aspect’s name before its items', { 'aspects.3.items.0.max': ['x'], 'aspects.3.name': ['y'] }, [], 'rb-a3'],
    ['item 10 after item 2 (numbers, not text)', { 'aspects.0.items.10.max': ['x'], 'aspects.0.items.2.max': ['y'] }, [], 'rb-a0-i2'],
    ['aspect 10 after aspect 2', { 'aspects.10.name': ['x'], 'aspects.2.items.5.max': ['y'] }, [], 'rb-a2-i5'],
    ['bonus before veto before bands', { bands: ['x'], vetoCeiling: ['y'], 'bonusItems.0.max': ['z'] }, [], 'rb-b0'],
    ['a placed problem before the unplaced list', { vetoCeiling: ['y'] }, ['z'], 'rb-veto-ceiling'],
    ['an emptied field does not count', { name: [], bands: ['x'] }, [], 'rb-bands']
  ])('%s', (_n, at, rest, anchor) => expect(firstProblem(at, rest)).toBe(anchor))
})

describe('aspectsWithProblems and problemCount', () => {
  const at = { 'aspects.0.items.1.max': ['a'], 'aspects.2.name': ['b', 'c'], aspects: ['d'], 'aspects.10': ['e'], bands: ['f'] }
  it('opens the aspects holding problems (not for the sum of all items)', () => expect(aspectsWithProblems(at)).toEqual([0, 2, 10]))
  it('counts every message, placed or not', () => expect(problemCount(at, ['g'])).toBe(7))
})
