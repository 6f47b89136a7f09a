// The durable part of the local cloud: documents and index entries in one SQLite file (WAL).
// A table per collection holds (id, body); a table per declared index holds (key, id), UNIQUE
// where the index is unique, so the store itself refuses duplicates. Queries are evaluated by
// the caller (mingo); this class only stores, fetches candidates and enforces indexes.
import Database from 'better-sqlite3'
import fs from 'node:fs'
import path from 'node:path'
import type { CollectionSpec, IndexSpec } from '@server/collections'
import { type Doc, fromStored, toStored } from './ejson'
import { storeErrors } from './errors'
import { indexKeys, indexName } from './keys'

// By code, not instanceof SqliteError: the native addon keeps the first-loaded class (jest reloads modules).
const isUniqueViolation = (e: unknown) => (e as { code?: unknown } | null)?.code === 'SQLITE_CONSTRAINT_UNIQUE'

const NAME_RE = /^[A-Za-z_][A-Za-z0-9_-]{0,63}$/

interface CollectionTables {
  docs: string
  indexes: Array<{ spec: IndexSpec; table: string }>
}

export class SqliteStore {
  private readonly writer: Database.Database
  private readonly reader: Database.Database
  private readonly collections = new Map<string, CollectionTables>()
  /** The tables `snapshot()` copied (tests). */
  private snapTables: Set<string> | null = null
  /** Tables written since the last `snapshot()` or `restore()`: the only ones `restore()` has to copy back. */
  private readonly written = new Set<string>()
  /**
   * Prepared statements by connection and SQL: preparing one costs about as much as running it, and every
   * request runs the same few. SQLite re-prepares a kept statement itself when the schema changes.
   */
  private readonly statements = new Map<Database.Database, Map<string, Database.Statement>>()

  constructor(
    readonly file: string,
    private readonly specs: Record<string, CollectionSpec>
  ) {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    this.writer = new Database(file)
    // WAL + NORMAL: a committed write survives the process being killed (kill -9); only a power
    // loss may drop the last commits. The reader sees committed data only.
    this.writer.pragma('journal_mode = WAL')
    this.writer.pragma('synchronous = NORMAL')
    this.writer.pragma('busy_timeout = 5000')
    // The whole schema in one transaction, not a commit per table and index (some two hundred when fresh).
    this.writer.transaction(() => {
      this.writer.exec('CREATE TABLE IF NOT EXISTS _collections (name TEXT PRIMARY KEY)')
      for (const row of this.prepared(this.writer, 'SELECT name FROM _collections').all() as Array<{ name: string }>) {
        this.ensureCollection(row.name)
      }
      for (const name of Object.keys(specs)) this.ensureCollection(name)
    })()
    this.reader = new Database(file, { readonly: true, fileMustExist: true })
    this.reader.pragma('busy_timeout = 5000')
  }

  close(): void {
    this.statements.clear()
    this.reader.close()
    this.writer.close()
  }

  get inTransaction(): boolean {
    return this.writer.inTransaction
  }

  /** Creates the collection's tables on first use (the cloud creates collections in the console). */
  ensureCollection(name: string): CollectionTables {
    const known = this.collections.get(name)
    if (known) return known
    if (!NAME_RE.test(name)) throw storeErrors.invalidParam(`invalid collection name: ${name}`)
    const docs = `c_${name}`
    this.writer.exec(`CREATE TABLE IF NOT EXISTS "${docs}" (id TEXT NOT NULL UNIQUE, body TEXT NOT NULL)`)
    const indexes: CollectionTables['indexes'] = []
    for (const spec of this.specs[name]?.indexes ?? []) {
      const table = `i_${name}__${indexName(spec)}`
      const fresh = !this.tableExists(table)
      this.writer.exec(`CREATE TABLE IF NOT EXISTS "${table}" (key TEXT NOT NULL, id TEXT NOT NULL)`)
      this.writer.exec(
        `CREATE ${spec.unique ? 'UNIQUE ' : ''}INDEX IF NOT EXISTS "${table}_key" ON "${table}" (key${spec.unique ? '' : ', id'})`
      )
      this.writer.exec(`CREATE INDEX IF NOT EXISTS "${table}_id" ON "${table}" (id)`)
      indexes.push({ spec, table })
      if (fresh) this.backfill(docs, { spec, table }, name)
    }
    this.prepared(this.writer, 'INSERT OR IGNORE INTO _collections (name) VALUES (?)').run(name)
    const tables = { docs, indexes }
    this.collections.set(name, tables)
    return tables
  }

  collectionNames(): string[] {
    return [...this.collections.keys()]
  }

  /** Runs `fn` atomically: all its writes land, or none (a savepoint inside an open transaction). */
  atomic<T>(fn: () => T): T {
    return this.writer.transaction(fn)()
  }

  begin(): void {
    this.writer.exec('BEGIN IMMEDIATE')
  }

  commit(): void {
    this.writer.exec('COMMIT')
  }

  rollback(): void {
    if (this.writer.inTransaction) this.writer.exec('ROLLBACK')
    // Tables created inside the transaction are gone with it; they are re-created on next use.
    this.collections.clear()
    this.statements.clear()
  }

  getById(coll: string, id: string, useWriter = false): Doc | null {
    const t = this.ensureCollection(coll)
    const row = this.prepared(this.conn(useWriter), `SELECT body FROM "${t.docs}" WHERE id = ?`).get(id) as { body: string } | undefined
    return row ? fromStored(row.body) : null
  }

  getByIds(coll: string, ids: string[], useWriter = false): Doc[] {
    const t = this.ensureCollection(coll)
    const stmt = this.prepared(this.conn(useWriter), `SELECT body FROM "${t.docs}" WHERE id = ?`)
    const out: Doc[] = []
    for (const id of new Set(ids)) {
      const row = stmt.get(id) as { body: string } | undefined
      if (row) out.push(fromStored(row.body))
    }
    return out
  }

  /** Documents having one of `keys` in the index on exactly `fields`, or null when no such index exists. */
  getByIndex(coll: string, fields: string[], keys: string[], useWriter = false): Doc[] | null {
    const t = this.ensureCollection(coll)
    const ix = t.indexes.find((i) => i.spec.fields.length === fields.length && i.spec.fields.every((f, n) => f === fields[n]))
    if (!ix) return null
    const stmt = this.prepared(
      this.conn(useWriter),
      `SELECT DISTINCT d.rowid AS r, d.body AS body FROM "${ix.table}" x JOIN "${t.docs}" d ON d.id = x.id WHERE x.key = ?`
    )
    const rows = new Map<number, string>()
    for (const key of new Set(keys)) for (const row of stmt.all(key) as Array<{ r: number; body: string }>) rows.set(row.r, row.body)
    return [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, body]) => fromStored(body))
  }

  /** Every document in insertion order. */
  *scan(coll: string, useWriter = false): Generator<Doc> {
    const t = this.ensureCollection(coll)
    // Its own statement, not a kept one: an iterating statement is busy until the caller finishes the scan.
    for (const row of this.conn(useWriter).prepare(`SELECT body FROM "${t.docs}" ORDER BY rowid`).iterate() as Iterable<{ body: string }>) {
      yield fromStored(row.body)
    }
  }

  count(coll: string, useWriter = false): number {
    const t = this.ensureCollection(coll)
    return (this.prepared(this.conn(useWriter), `SELECT count(*) AS n FROM "${t.docs}"`).get() as { n: number }).n
  }

  insert(coll: string, doc: Doc): void {
    const t = this.ensureCollection(coll)
    const id = String(doc._id)
    this.markWritten(t)
    try {
      this.prepared(this.writer, `INSERT INTO "${t.docs}" (id, body) VALUES (?, ?)`).run(id, toStored(doc))
    } catch (e) {
      if (isUniqueViolation(e)) throw storeErrors.duplicateKey(coll, '_id_', { _id: id })
      throw e
    }
    this.writeIndexEntries(coll, t, doc)
  }

  replace(coll: string, doc: Doc): void {
    const t = this.ensureCollection(coll)
    const id = String(doc._id)
    this.markWritten(t)
    this.prepared(this.writer, `UPDATE "${t.docs}" SET body = ? WHERE id = ?`).run(toStored(doc), id)
    for (const ix of t.indexes) this.prepared(this.writer, `DELETE FROM "${ix.table}" WHERE id = ?`).run(id)
    this.writeIndexEntries(coll, t, doc)
  }

  delete(coll: string, id: string): void {
    const t = this.ensureCollection(coll)
    this.markWritten(t)
    this.prepared(this.writer, `DELETE FROM "${t.docs}" WHERE id = ?`).run(id)
    for (const ix of t.indexes) this.prepared(this.writer, `DELETE FROM "${ix.table}" WHERE id = ?`).run(id)
  }

  private markWritten(t: CollectionTables): void {
    this.written.add(t.docs)
    for (const ix of t.indexes) this.written.add(ix.table)
  }

  /**
   * Every table that holds documents or index entries, of every collection ever created — not only those
   * `this.collections` knows now: a rollback forgets them all (they are re-created on next use).
   */
  private tables(): string[] {
    const names = this.prepared(this.writer, 'SELECT name FROM _collections').all() as Array<{ name: string }>
    return names.flatMap(({ name }) => {
      const t = this.ensureCollection(name)
      return [t.docs, ...t.indexes.map((ix) => ix.table)]
    })
  }

  /**
   * Tests: keeps a copy of every table in an in-memory database attached to the writer, so that a file's
   * tests can seed once and `restore()` before each test instead of seeding again (much faster).
   */
  snapshot(): void {
    if (!this.snapTables) this.writer.exec(`ATTACH DATABASE ':memory:' AS snap`)
    const tables = this.tables()
    for (const t of tables) {
      this.writer.exec(`DROP TABLE IF EXISTS snap."${t}"`)
      this.writer.exec(`CREATE TABLE snap."${t}" AS SELECT * FROM main."${t}"`)
    }
    this.snapTables = new Set(tables)
    this.written.clear()
  }

  /**
   * Tests: every table as the last `snapshot()` left it (tables made since then emptied). Only the tables
   * written since the last snapshot or restore are copied back: the others still hold the snapshot's rows.
   */
  restore(): void {
    const snap = this.snapTables
    if (!snap) throw new Error('restore() without a snapshot()')
    const tables = this.tables().filter((t) => this.written.has(t))
    this.atomic(() => {
      for (const t of tables) {
        this.writer.exec(`DELETE FROM main."${t}"`)
        if (snap.has(t)) this.writer.exec(`INSERT INTO main."${t}" SELECT * FROM snap."${t}"`)
      }
    })
    this.written.clear()
  }

  /** Removes every document of every collection (tests). */
  clearAll(): void {
    // Every table, not only the collections known since the last rollback (which forgets them).
    const tables = this.tables()
    this.atomic(() => {
      for (const t of tables) this.writer.exec(`DELETE FROM "${t}"`)
    })
    for (const t of tables) this.written.add(t)
  }

  private writeIndexEntries(coll: string, t: CollectionTables, doc: Doc): void {
    const id = String(doc._id)
    for (const ix of t.indexes) {
      const stmt = this.prepared(this.writer, `INSERT INTO "${ix.table}" (key, id) VALUES (?, ?)`)
      for (const key of indexKeys(doc, ix.spec)) {
        try {
          stmt.run(key, id)
        } catch (e) {
          if (isUniqueViolation(e)) throw storeErrors.duplicateKey(coll, indexName(ix.spec), JSON.parse(key))
          throw e
        }
      }
    }
  }

  private backfill(docsTable: string, ix: { spec: IndexSpec; table: string }, coll: string): void {
    const t = { docs: docsTable, indexes: [ix] }
    this.written.add(ix.table)
    this.atomic(() => {
      for (const row of this.prepared(this.writer, `SELECT body FROM "${docsTable}"`).all() as Array<{ body: string }>) {
        this.writeIndexEntries(coll, t, fromStored(row.body))
      }
    })
  }

  private tableExists(name: string): boolean {
    return !!this.prepared(this.writer, `SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(name)
  }

  private prepared(db: Database.Database, sql: string): Database.Statement {
    let bySql = this.statements.get(db)
    if (!bySql) {
      bySql = new Map()
      this.statements.set(db, bySql)
    }
    let stmt = bySql.get(sql)
    if (!stmt) {
      stmt = db.prepare(sql)
      bySql.set(sql, stmt)
    }
    return stmt
  }

  /** Plain reads use the reader (committed data only); reads that precede a write, or run inside
   *  a transaction, use the writer so they see that transaction's own writes. */
  private conn(useWriter: boolean): Database.Database {
    return useWriter ? this.writer : this.reader
  }
}
