// What an image file really is, read from its first bytes (never from its name or a declared
// content type): JPEG, PNG, GIF or WebP, with its pixel size where the header gives it. Used by the
// local cloud's file store (type limits) and by functions that accept photos (shared/voice/photos.ts).
// Pure: bytes in, facts out.

export type ImageType = 'image/jpeg' | 'image/png' | 'image/gif' | 'image/webp'

export interface ImageInfo {
  type: ImageType
  /** Pixels; 0 when the header was not found in the bytes given. */
  width: number
  height: number
}

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0) => sig.every((x, i) => b[at + i] === x)
const u16be = (b: Uint8Array, i: number) => (b[i] << 8) | b[i + 1]
const u16le = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8)
const u32be = (b: Uint8Array, i: number) => ((b[i] << 24) >>> 0) + ((b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3])
const u24le = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)

/** JPEG: walk the segments to the first start-of-frame (SOF0–SOF15 except DHT 0xC4, JPG 0xC8, DAC 0xCC). */
function jpegSize(b: Uint8Array): { width: number; height: number } {
  let i = 2
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return { width: 0, height: 0 }
    const marker = b[i + 1]
    if (marker === 0xff) {
      i++
      continue
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      i += 2
      continue
    }
    const len = u16be(b, i + 2)
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: u16be(b, i + 5), width: u16be(b, i + 7) }
    }
    if (len < 2) return { width: 0, height: 0 }
    i += 2 + len
  }
  return { width: 0, height: 0 }
}

function webpSize(b: Uint8Array): { width: number; height: number } {
  const chunk = String.fromCharCode(b[12], b[13], b[14], b[15])
  if (chunk === 'VP8X' && b.length >= 30) return { width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 }
  if (chunk === 'VP8 ' && b.length >= 30) return { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff }
  if (chunk === 'VP8L' && b.length >= 25) {
    const bits = b[21] | (b[22] << 8) | (b[23] << 16) | (b[24] << 24)
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 }
  }
  return { width: 0, height: 0 }
}

/** The image type and size, or null when the bytes are not one of the four image types. */
export function sniffImage(bytes: Uint8Array): ImageInfo | null {
  const b = bytes
  if (b.length >= 4 && startsWith(b, [0xff, 0xd8, 0xff])) return { type: 'image/jpeg', ...jpegSize(b) }
  if (b.length >= 24 && startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) && startsWith(b, [0x49, 0x48, 0x44, 0x52], 12))
    return { type: 'image/png', width: u32be(b, 16), height: u32be(b, 20) }
  if (b.length >= 10 && (startsWith(b, [0x47, 0x49, 0x46, 0x38, 0x37, 0x61]) || startsWith(b, [0x47, 0x49, 0x46, 0x38, 0x39, 0x61])))
    return { type: 'image/gif', width: u16le(b, 6), height: u16le(b, 8) }
  if (b.length >= 16 && startsWith(b, [0x52, 0x49, 0x46, 0x46]) && startsWith(b, [0x57, 0x45, 0x42, 0x50], 8))
    return { type: 'image/webp', ...webpSize(b) }
  return null
}
