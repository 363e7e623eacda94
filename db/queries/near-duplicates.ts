import type { Store } from '../connection.js';

/**
 * How many candidates the near-duplicate check compares, those sharing the most min-hashes first. A copy of an
 * article (Jaccard ≥ 0.7) shares each min-hash with probability ≥ 0.7, so nearly always two or more; articles
 * that share only a site's boilerplate share one. Without a cap an import compared the text with hundreds of
 * stored bodies (a second per article at a tenth of ministry scale).
 */
export const NEAR_DUPLICATE_CANDIDATES = 25;

export interface Candidate {
  id: string;
  title: string;
  contentHash: string;
}

type Minhashes = readonly [number, number, number, number];

/**
 * Stored articles sharing at least one of an article's four min-hashes — the only ones likely to be its
 * near-duplicates — the 25 sharing the most, oldest first among equals, for every article of one import batch
 * (inside its transaction; `keep()` after the commit).
 *
 * Why not one SQL statement per article (as before): a min-hash of boilerplate is shared by thousands of stored
 * articles (22,000 of 50,000 at ministry scale), and grouping and sorting those rows cost ~5 ms an article, the
 * largest part of an import. Here each min-hash's articles are read once per batch (a batch's articles share
 * most of them), as row numbers in order from its index, and the four sorted lists are merged and counted in
 * one pass. Articles the batch stores are added to the lists, so a later item of the batch finds them too.
 * The result is the same 25 as `GROUP BY … ORDER BY shared DESC, rowid LIMIT 25`.
 */
export class NearDuplicateCandidates {
  /** Row numbers (ascending) of the stored articles with a given min-hash, by "column:value". */
  readonly #lists: Map<string, number[]>;

  /**
   * The lists of the last batch, reused by the next one when nothing was written to the store in between, on
   * this connection or any other: an import of 1,000 articles is 40 batches in a row, and each read the same
   * lists of boilerplate again (1.3 s of its ~8 s at ministry scale). An article is in at most four lists, so
   * they hold at most four numbers per stored article.
   */
  static readonly #kept = new WeakMap<Store, { lists: Map<string, number[]>; stamp: string }>();

  constructor(private readonly db: Store) {
    const kept = NearDuplicateCandidates.#kept.get(db);
    this.#lists = kept?.stamp === this.#stamp() ? kept.lists : new Map();
  }

  /**
   * Changes since the connection opened (every insert, update and delete of it, committed or not, triggers
   * included) and the count of other connections' commits: equal stamps mean the store is as it was.
   */
  #stamp(): string {
    const { changes } = this.db.prepare<[], { changes: number }>('SELECT total_changes() AS changes').get()!;
    return `${changes}:${String(this.db.pragma('data_version', { simple: true }))}`;
  }

  /** Called once the batch is committed: the lists (with its articles added) are right for the next batch. */
  keep(): void {
    NearDuplicateCandidates.#kept.set(this.db, { lists: this.#lists, stamp: this.#stamp() });
  }

  #list(column: number, value: number): number[] {
    const key = `${column}:${value}`;
    let rows = this.#lists.get(key);
    if (!rows) {
      // One JSON array rather than a row per article: tens of thousands of rows as objects cost three times
      // as much. Only ever columns 0–3: the name comes from the index of a four-element tuple, never from input.
      const found = this.db
        .prepare<[number], { rows: string }>(
          `SELECT json_group_array(rowid ORDER BY rowid) AS rows
             FROM articles WHERE minhash_${column} = ? AND deleted_at IS NULL`,
        )
        .get(value)!;
      rows = JSON.parse(found.rows) as number[];
      this.#lists.set(key, rows);
    }
    return rows;
  }

  /** The candidates for an article with these min-hashes, most shared first. */
  find(minhashes: Minhashes): Candidate[] {
    const [a, b, c, d] = minhashes.map((value, column) => this.#list(column, value)) as [
      number[],
      number[],
      number[],
      number[],
    ];
    // The four lists merged in ascending row order, each row counted once with the number of lists holding it.
    // Rows come in ascending order, so the first 25 of each count are all the answer can use.
    const byShared: number[][] = [[], [], [], [], []];
    let [i, j, k, l] = [0, 0, 0, 0];
    const end = Number.MAX_SAFE_INTEGER;
    for (;;) {
      const ra = i < a.length ? a[i]! : end;
      const rb = j < b.length ? b[j]! : end;
      const rc = k < c.length ? c[k]! : end;
      const rd = l < d.length ? d[l]! : end;
      const row = Math.min(ra, rb, rc, rd);
      if (row === end) break;
      const shared = Number(ra === row) + Number(rb === row) + Number(rc === row) + Number(rd === row);
      if (ra === row) i += 1;
      if (rb === row) j += 1;
      if (rc === row) k += 1;
      if (rd === row) l += 1;
      const bucket = byShared[shared]!;
      if (bucket.length < NEAR_DUPLICATE_CANDIDATES) bucket.push(row);
    }
    const chosen = [4, 3, 2, 1].flatMap((shared) => byShared[shared]!).slice(0, NEAR_DUPLICATE_CANDIDATES);
    const read = this.db.prepare<[number], Candidate>(
      'SELECT id, title, content_hash AS contentHash FROM articles WHERE rowid = ?',
    );
    return chosen.map((row) => read.get(row)!);
  }

  /** An article this batch has just stored: a candidate for the items after it. */
  added(id: string, minhashes: Minhashes): void {
    const { row } = this.db
      .prepare<[string], { row: number }>('SELECT rowid AS row FROM articles WHERE id = ?')
      .get(id)!;
    minhashes.forEach((value, column) => {
      const rows = this.#lists.get(`${column}:${value}`);
      if (!rows) return;
      // Normally the highest row number so far (appended), but SQLite does not promise it: keep the order.
      let at = rows.length;
      while (at > 0 && rows[at - 1]! > row) at -= 1;
      rows.splice(at, 0, row);
    });
  }
}
