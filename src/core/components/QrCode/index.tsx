import { useMemo } from 'react'
import { View } from '@tarojs/components'
import { create } from 'qrcode'
import { darkRuns, runBox, utf8 } from './qrRuns'
import './style.css'

/**
 * A QR code drawn as runs of dark views on white (no canvas: the same in weapp, H5 and tests).
 * `data-qr` carries the encoded text, so a test (or a person with dev tools) can read it.
 */
export default function QrCode(props: { text: string }) {
  const { runs, size } = useMemo(() => {
    // Bytes, not the string: qrcode would reach for TextEncoder, which the mini-program runtime may lack.
    const qr = create([{ mode: 'byte', data: utf8(props.text) }], { errorCorrectionLevel: 'M' })
    const n = qr.modules.size
    return { size: n, runs: darkRuns(n, (r, c) => !!qr.modules.get(r, c)) }
  }, [props.text])
  return (
    <View className='qr' data-qr={props.text}>
      {runs.map((run) => {
        const b = runBox(run, size)
        return (
          <View key={`${run.row}-${run.col}`} className='qr__run' style={{ left: b.left, top: b.top, width: b.width, height: b.height }} />
        )
      })}
    </View>
  )
}
