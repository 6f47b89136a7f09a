// Errors the store raises. `code` follows CloudBase's error codes so the real SDK wraps them
// exactly as it wraps the cloud's (errCode -502001 "database request fail. <message>").

export class StoreError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message)
    this.name = 'StoreError'
  }
}

export const storeErrors = {
  duplicateKey: (collection: string, index: string, key: unknown) =>
    new StoreError(
      'DATABASE_REQUEST_FAILED',
      `E11000 duplicate key error collection: ${collection} index: ${index} dup key: ${JSON.stringify(key)}`
    ),
  badOperator: (message: string) => new StoreError('DATABASE_REQUEST_FAILED', `invalid operator: ${message}`),
  invalidParam: (message: string) => new StoreError('INVALID_PARAM', message),
  unsupported: (what: string) => new StoreError('DATABASE_REQUEST_FAILED', `not supported by the local cloud: ${what}`),
  transaction: (message: string) => new StoreError('DATABASE_TRANSACTION_FAIL', message)
}
