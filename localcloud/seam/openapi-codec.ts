// The protobuf envelope the SDK uses for `cloud.openapi.*` (field numbers from wx-server-sdk
// 4.0.2's bundled src/protobuf/openapi.js): requests arrive as CommApiData, answers go back as
// CommOpenApiResp. Only the fields the open API path uses are declared.
import protobuf from 'protobufjs'

const root = protobuf.Root.fromJSON({
  nested: {
    KeyValuePair: {
      fields: {
        key: { type: 'string', id: 1 },
        value: { type: 'bytes', id: 2 },
        contenttype: { type: 'string', id: 3 },
        filename: { type: 'string', id: 4 }
      }
    },
    OpenApiData: { fields: { pairs: { rule: 'repeated', type: 'KeyValuePair', id: 1 } } },
    CommApiData: {
      fields: { apiType: { type: 'int32', id: 1 }, openapiData: { type: 'OpenApiData', id: 2 }, appid: { type: 'string', id: 6 } }
    },
    CommOpenApiResp: {
      fields: {
        respData: { type: 'bytes', id: 1 },
        contentType: { type: 'string', id: 2 },
        errorCode: { type: 'int32', id: 3 },
        httpCode: { type: 'uint32', id: 4 }
      }
    }
  }
})

const CommApiData = root.lookupType('CommApiData')
const CommOpenApiResp = root.lookupType('CommOpenApiResp')

/** The request's fields (snake_case, as the SDK converted them), each JSON-decoded. */
export function decodeOpenApiRequest(buffer: Buffer): Record<string, unknown> {
  const msg = CommApiData.toObject(CommApiData.decode(buffer), { defaults: true }) as {
    openapiData?: { pairs?: Array<{ key: string; value: Uint8Array }> }
  }
  const out: Record<string, unknown> = {}
  for (const pair of msg.openapiData?.pairs ?? []) {
    const text = Buffer.from(pair.value).toString('utf8')
    try {
      out[pair.key] = JSON.parse(text)
    } catch {
      out[pair.key] = text
    }
  }
  return out
}

export function encodeOpenApiResponse(contentType: string, body: Buffer): Buffer {
  return Buffer.from(CommOpenApiResp.encode(CommOpenApiResp.create({ respData: body, contentType, errorCode: 0, httpCode: 200 })).finish())
}
