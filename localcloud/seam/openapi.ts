// Local answers for the WeChat open APIs the product uses, checked against WeChat's limits and
// recorded in the outbox. Anything else answers a clear "not supported locally" error.
import QRCode from 'qrcode'
import type { Outbox } from '@localcloud/outbox/outbox'
import type { MediaChecks } from './mediacheck'
import { msgSecCheck } from './msgseccheck'

export interface OpenApiAnswer {
  contentType: string
  body: Buffer
  /** 0 on success, WeChat's errcode otherwise. */
  errcode: number
  errmsg: string
}

type Request = Record<string, unknown>

/** Field limits of subscribe-message keywords (characters), by keyword type. */
export const SUBSCRIBE_FIELD_LIMITS: Record<string, number> = {
  thing: 20,
  name: 10,
  phrase: 5,
  number: 32,
  letter: 32,
  symbol: 5,
  character_string: 32,
  time: 32,
  date: 32,
  amount: 11,
  phone_number: 17,
  car_number: 8
}

export const SCENE_RE = /^[0-9a-zA-Z!#$&'()*+,/:;=?@\-._~]{1,32}$/

const json = (value: unknown): Buffer => Buffer.from(JSON.stringify(value))
const fail = (errcode: number, errmsg: string): OpenApiAnswer => ({
  contentType: 'application/json',
  body: json({ errcode, errmsg }),
  errcode,
  errmsg
})
const ok = (value: Record<string, unknown> = {}): OpenApiAnswer => ({
  contentType: 'application/json',
  body: json({ errcode: 0, errmsg: 'ok', ...value }),
  errcode: 0,
  errmsg: 'ok'
})

export function checkSubscribeMessage(req: Request): string | null {
  if (typeof req.touser !== 'string' || !req.touser) return 'touser is required'
  if (typeof req.template_id !== 'string' || !req.template_id) return 'template_id is required'
  if (req.page !== undefined && typeof req.page !== 'string') return 'page must be a string'
  if (req.miniprogram_state !== undefined && !['developer', 'trial', 'formal'].includes(req.miniprogram_state as string))
    return 'invalid miniprogram_state'
  if (!req.data || typeof req.data !== 'object' || !Object.keys(req.data).length) return 'data is required'
  for (const [key, field] of Object.entries(req.data as Record<string, { value?: unknown } | null>)) {
    const type = key.replace(/\d+$/, '')
    const limit = SUBSCRIBE_FIELD_LIMITS[type]
    if (!limit) return `data.${key}: unknown keyword type`
    const value = field?.value
    if (typeof value !== 'string' || value.length === 0) return `data.${key}.value is required`
    if ([...value].length > limit) return `data.${key}.value is longer than ${limit} characters`
  }
  return null
}

async function getUnlimited(req: Request): Promise<OpenApiAnswer> {
  if (typeof req.scene !== 'string' || !SCENE_RE.test(req.scene))
    return fail(40169, 'invalid length for scene, or the data is not json string')
  if (req.page !== undefined && (typeof req.page !== 'string' || req.page.startsWith('/'))) return fail(41030, 'invalid page hint')
  const width = req.width === undefined ? 430 : Number(req.width)
  if (!Number.isFinite(width) || width < 280 || width > 1280) return fail(40097, 'invalid args: width')
  // The code carries the page and scene as a relative link, as WeChat's scanner would open it.
  const content = `${req.page ?? 'pages/index/index'}?scene=${encodeURIComponent(req.scene)}`
  // One cheap PNG row filter ("Up", which suits the code's flat runs) instead of pngjs trying all five on
  // every row: a 430 px code is 10 KB instead of 3 KB, and encodes in a tenth of the time (inside jest's
  // sandbox the per-pixel Paeth filter took 1.5 s a code, most of the check-in code tests' time).
  const png = await QRCode.toBuffer(content, {
    type: 'png',
    width,
    margin: 1,
    rendererOpts: { filterType: 2 }
  } as QRCode.QRCodeToBufferOptions)
  return { contentType: 'image/png', body: png, errcode: 0, errmsg: 'ok' }
}

/** WeChat's answer to a send to a user who did not subscribe, or refused (dev setting: Outbox.setSubscribeRefused). */
export const SUBSCRIBE_REFUSED_ERRCODE = 43101

/** What the open APIs answer from: the outbox, and the media-check queue (absent: mediaCheckAsync is unsupported). */
export interface OpenApiDeps {
  outbox: Outbox
  mediaChecks?: MediaChecks
}

const apis: Record<string, (req: Request, deps: OpenApiDeps) => Promise<OpenApiAnswer> | OpenApiAnswer> = {
  'subscribeMessage.send': (req, { outbox }) => {
    const problem = checkSubscribeMessage(req)
    if (problem) return fail(47003, `argument invalid! ${problem}`)
    if (outbox.isSubscribeRefused(req.touser as string)) return fail(SUBSCRIBE_REFUSED_ERRCODE, 'user refuse to accept the msg')
    return ok({ msgid: Date.now() })
  },
  'wxacode.getUnlimited': getUnlimited,
  'security.msgSecCheck': (req) => {
    const reply = msgSecCheck(req)
    return { contentType: 'application/json', body: json(reply), errcode: reply.errcode, errmsg: reply.errmsg }
  },
  'security.mediaCheckAsync': async (req, { mediaChecks }) => {
    if (!mediaChecks) return fail(-501000, 'openapi.security.mediaCheckAsync is not supported by the local cloud')
    const reply = await mediaChecks.request(req)
    return { contentType: 'application/json', body: json(reply), errcode: reply.errcode, errmsg: reply.errmsg }
  }
}

export const SUPPORTED_OPENAPIS = Object.keys(apis)

/** WeChat's answer when the calling function's config.json does not list the API. */
export const NO_PERMISSION_ERRCODE = -604101

/**
 * `permitted`: the calling function's `permissions.openapi` (undefined when the SDK is called outside
 * a function, e.g. straight from a test: then nothing is checked).
 */
export async function answerOpenApi(
  deps: Outbox | OpenApiDeps,
  api: string,
  req: Request,
  caller: string,
  permitted?: readonly string[]
): Promise<OpenApiAnswer> {
  const { outbox, mediaChecks } = 'record' in deps ? { outbox: deps, mediaChecks: undefined } : deps
  const handler = apis[api]
  const answer =
    permitted && !permitted.includes(api)
      ? fail(NO_PERMISSION_ERRCODE, `function has no permission to call this API: add "${api}" to permissions.openapi in config.json`)
      : handler
        ? await handler(req, { outbox, mediaChecks })
        : fail(-501000, `openapi.${api} is not supported by the local cloud`)
  outbox.record({ at: new Date(), api, caller, request: req, ok: answer.errcode === 0, errcode: answer.errcode, errmsg: answer.errmsg })
  return answer
}
