// The one declaration of every collection and its indexes.
// The local cloud's store creates exactly these; the README turns them into cloud-console steps
// (scripts/print-console-steps). Add a collection here before a function uses it.

export interface IndexSpec {
  /** Field paths in order, e.g. ['openid'] or ['orgId', 'startAt']. Dotted paths reach into objects. */
  fields: string[]
  unique?: boolean
}

export interface CollectionSpec {
  /** What the collection holds, for the console steps and for new teammates. */
  doc: string
  indexes: IndexSpec[]
}

export const COLLECTIONS: Record<string, CollectionSpec> = {
  ping: {
    doc: 'Smoke-test documents written by the ping function.',
    indexes: [{ fields: ['openid'] }],
  },
}
