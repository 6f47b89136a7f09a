// H5 only: read a QR with the phone camera where the browser has BarcodeDetector (Chrome on
// Android); elsewhere the check-in page offers typing the short code instead.
// A plain DOM overlay (video + cancel button) outside React: it lives only while scanning.

interface Detector {
  detect(source: HTMLVideoElement): Promise<Array<{ rawValue: string }>>
}

export function canScanWithCamera(): boolean {
  return (
    process.env.TARO_ENV !== 'weapp' &&
    typeof window !== 'undefined' &&
    'BarcodeDetector' in window &&
    !!navigator.mediaDevices?.getUserMedia
  )
}

/** The text of the first QR seen, or null when cancelled or the camera is refused. */
export async function scanWithCamera(): Promise<string | null> {
  const Ctor = (window as unknown as { BarcodeDetector: new (o: { formats: string[] }) => Detector }).BarcodeDetector
  const detector = new Ctor({ formats: ['qr_code'] })
  let stream: MediaStream
  try {
    stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false })
  } catch {
    return null
  }
  const overlay = document.createElement('div')
  overlay.className = 'camera-scan'
  overlay.style.cssText = 'position:fixed;inset:0;z-index:1000;background:var(--tx-color-backdrop);display:flex;flex-direction:column'
  const video = document.createElement('video')
  video.setAttribute('playsinline', 'true')
  video.muted = true
  video.style.cssText = 'flex:1;width:100%;object-fit:cover'
  video.srcObject = stream
  const cancel = document.createElement('button')
  cancel.textContent = '取消扫码'
  cancel.style.cssText = 'min-height:56px;font-size:18px;color:var(--tx-color-on-brand);background:var(--tx-color-brand);border:none'
  overlay.append(video, cancel)
  document.body.appendChild(overlay)

  return new Promise((resolve) => {
    let done = false
    const finish = (value: string | null) => {
      if (done) return
      done = true
      for (const t of stream.getTracks()) t.stop()
      overlay.remove()
      resolve(value)
    }
    cancel.onclick = () => finish(null)
    const look = async () => {
      if (done) return
      try {
        const found = await detector.detect(video)
        if (found[0]?.rawValue) return finish(found[0].rawValue)
      } catch {
        // not ready yet
      }
      setTimeout(look, 250)
    }
    video.play().then(look, () => finish(null))
  })
}
