import { makePng } from '@localcloud/storage/png'
import {
  cloudPathOfFileId,
  isDraftId,
  mergeVerdict,
  moderationOf,
  ownsPhoto,
  PHOTO_MAX_BYTES,
  photoCloudPath,
  photoProblem,
  verdictOfSuggest
} from '@shared/voice/photos'

const ENV = 'cloud://local-tongxin.local-tongxin-files/'

describe('photoCloudPath and ownsPhoto', () => {
  it('puts photo n of a sheet under the member’s folder', () => {
    expect(photoCloudPath('m07', 'abcd1234', 3, 'jpg')).toBe('voice/m07/abcd1234-3.jpg')
  })

  it.each([
    ['the member’s own upload', `${ENV}voice/m07/abcd1234-0.jpg`, true],
    ['a real cloud file id of theirs', 'cloud://prod-1a2b.7072-prod-1a2b-1300/voice/m07/abcd1234efgh-8.png', true],
    ['another member’s photo', `${ENV}voice/m08/abcd1234-0.jpg`, false],
    ['a member id that only starts the same', `${ENV}voice/m070/abcd1234-0.jpg`, false],
    ['a parent segment', `${ENV}voice/m07/../m08/abcd1234-0.jpg`, false],
    ['a sub-folder', `${ENV}voice/m07/x/abcd1234-0.jpg`, false],
    ['a name the app never makes', `${ENV}voice/m07/avatar.jpg`, false],
    ['an SVG', `${ENV}voice/m07/abcd1234-0.svg`, false],
    ['an https URL', 'https://example.com/voice/m07/abcd1234-0.jpg', false],
    ['not a string', 42, false]
  ])('%s → %s', (_, fileID, want) => {
    expect(ownsPhoto('m07', fileID)).toBe(want)
  })

  it.each([
    [`${ENV}voice/a.jpg`, 'voice/a.jpg'],
    ['cloud://env/x', 'x'],
    ['cloud:///x', null],
    ['http://env/x', null]
  ])('cloudPathOfFileId(%s) = %s', (id, want) => {
    expect(cloudPathOfFileId(id)).toBe(want)
  })

  it.each([
    ['abcd1234', true],
    ['a'.repeat(32), true],
    ['abc', false],
    ['ABCD1234', false],
    ['abcd-1234', false]
  ])('isDraftId(%s) = %s', (s, want) => {
    expect(isDraftId(s)).toBe(want)
  })
})

describe('photoProblem', () => {
  it.each([
    ['a 1280×720 PNG', makePng({ width: 1280, height: 720 }), null],
    ['a 1281 px wide PNG', makePng({ width: 1281, height: 10 }), 'side'],
    ['a 10×1300 PNG', makePng({ width: 10, height: 1300 }), 'side'],
    ['a PNG over 500 KB', makePng({ width: 420, height: 420, noise: true }), 'bytes'],
    ['a GIF', Buffer.from('GIF89a\x10\x00\x10\x00\x00\x00\x00', 'latin1'), 'type'],
    ['text', Buffer.from('just text'), 'type']
  ])('%s → %s', (_, bytes, want) => {
    expect(photoProblem(bytes).problem).toBe(want)
  })

  it('lets exactly 500 KB through', () => {
    expect(PHOTO_MAX_BYTES).toBe(512000)
  })
})

describe('moderationOf', () => {
  it.each<[string, 'pass' | 'review', Array<'pending' | 'pass' | 'risky'>, string]>([
    ['no photos, clean text', 'pass', [], 'passed'],
    ['all photos passed', 'pass', ['pass', 'pass'], 'passed'],
    ['one photo pending', 'pass', ['pass', 'pending'], 'pending'],
    ['a risky photo while another is pending', 'pass', ['risky', 'pending'], 'held'],
    ['text for review, photos passed', 'review', ['pass'], 'held'],
    ['text for review, no photos', 'review', [], 'held']
  ])('%s → %s', (_, text, photos, want) => {
    expect(moderationOf(text, photos)).toBe(want)
  })
})

describe('mergeVerdict and verdictOfSuggest', () => {
  it.each<[string, 'pending' | 'pass' | 'risky', 'pending' | 'pass' | 'risky' | undefined, string]>([
    ['pending takes the first verdict', 'pending', 'pass', 'pass'],
    ['pending stays pending with nothing new', 'pending', undefined, 'pending'],
    ['a verdict never goes back', 'risky', 'pass', 'risky'],
    ['a pass is not overturned by a late duplicate', 'pass', 'risky', 'pass']
  ])('%s', (_, current, incoming, want) => {
    expect(mergeVerdict(current, incoming)).toBe(want)
  })

  it.each([
    ['pass', 'pass'],
    ['review', 'risky'],
    ['risky', 'risky'],
    [undefined, 'risky']
  ])('suggest %s → %s', (suggest, want) => {
    expect(verdictOfSuggest(suggest)).toBe(want)
  })
})
