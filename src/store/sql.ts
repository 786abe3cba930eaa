// What the shared store needs from a database driver: statements with `$1`-style placeholders
// and plain JavaScript values as parameters (Date, boolean, arrays; each driver converts them
// for its database), and transactions. Every failure of the database itself comes out as a
// StoreError (errors.ts).

export interface QueryResult<R> {
  /** The rows of a statement that returns rows (SELECT, or RETURNING), else empty. */
  rows: R[];
  /** Rows inserted, updated or deleted (for a statement with RETURNING: rows returned). */
  changes: number;
}

export interface Sql {
  query<R = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<QueryResult<R>>;
}

export interface SqlDatabase extends Sql {
  /**
   * Runs `work` in one transaction that holds the write lock from its start, on statements of
   * its own; commits, or rolls back when `work` throws (and rethrows).
   */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
