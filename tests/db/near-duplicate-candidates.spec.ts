import { expect, test } from '@playwright/test';
import { NEAR_DUPLICATE_CANDIDATES, NearDuplicateCandidates } from '../../db/queries/near-duplicates.js';
import { openTestApp } from '../helpers/temp-store.js';

let app: ReturnType<typeof openTestApp>;
test.beforeEach(() => {
  app = openTestApp();
});
test.afterEach(() => app.close());

type Minhashes = [number, number, number, number];

/** What the import asked SQLite before: the stored articles sharing the most min-hashes, oldest first among equals. */
function bySql(minhashes: Minhashes): string[] {
  const [m0, m1, m2, m3] = minhashes;
  return app.db
    .prepare<Record<string, number>, { id: string }>(
      `SELECT a.id FROM articles a JOIN (
         SELECT found AS row, count(*) AS shared FROM (
           SELECT rowid AS found FROM articles WHERE minhash_0 = @m0 AND deleted_at IS NULL
           UNION ALL SELECT rowid FROM articles WHERE minhash_1 = @m1 AND deleted_at IS NULL
           UNION ALL SELECT rowid FROM articles WHERE minhash_2 = @m2 AND deleted_at IS NULL
           UNION ALL SELECT rowid FROM articles WHERE minhash_3 = @m3 AND deleted_at IS NULL)
          GROUP BY found ORDER BY shared DESC, found LIMIT ${NEAR_DUPLICATE_CANDIDATES}) best ON best.row = a.rowid
        ORDER BY best.shared DESC, best.row`,
    )
    .all({ m0, m1, m2, m3 })
    .map((row) => row.id);
}

/** A small pool of values, so that articles share one, two, three or all four min-hashes. */
function draw(seed: number): Minhashes {
  let state = seed;
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state % 7;
  };
  return [next(), next(), next(), next()];
}

function store(n: number, minhashes: Minhashes, deleted = false): string {
  const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  app.db
    .prepare(
      `INSERT INTO articles (id, title, language, body, content_hash, minhash_0, minhash_1, minhash_2, minhash_3,
                             created_at, updated_at, deleted_at)
       VALUES (?, ?, 'vi', 'x', ?, ?, ?, ?, ?, '2026-01-01', '2026-01-01', ?)`,
    )
    .run(id, `Bài ${n}`, `hash-${n}`, ...minhashes, deleted ? '2026-01-02' : null);
  return id;
}

test('the near-duplicate candidates of a batch are the 25 the SQL grouping chose, articles stored in the batch included', () => {
  for (let n = 0; n < 300; n++) store(n, draw(n), n % 17 === 0);
  const candidates = new NearDuplicateCandidates(app.db);
  for (let n = 300; n < 360; n++) {
    const minhashes = draw(n * 31);
    const found = candidates.find(minhashes);
    expect(found.map((candidate) => candidate.id)).toEqual(bySql(minhashes));
    expect(found.length).toBe(NEAR_DUPLICATE_CANDIDATES);
    expect(found[0]).toMatchObject({ title: expect.stringMatching(/^Bài \d+$/), contentHash: expect.any(String) });
    // As the import does: what the batch stores becomes a candidate for the next items.
    if (n % 3 === 0) candidates.added(store(n, minhashes), minhashes);
  }
  // Nothing shared: no candidates.
  expect(candidates.find([100, 101, 102, 103])).toEqual([]);
});

test('the next batch reuses the lists only while nothing was written in between', () => {
  for (let n = 0; n < 200; n++) store(n, draw(n));
  const probe = draw(7);
  const first = new NearDuplicateCandidates(app.db);
  expect(first.find(probe).map((candidate) => candidate.id)).toEqual(bySql(probe));
  const added = store(500, probe);
  first.added(added, probe);
  first.keep();
  // Nothing written since: the same answers from the kept lists, the article of the last batch among them.
  const next = new NearDuplicateCandidates(app.db);
  expect(next.find(probe).map((candidate) => candidate.id)).toEqual(bySql(probe));
  expect(next.find(probe).map((candidate) => candidate.id)).toContain(added);
  // An article deleted (or any other write) since: the lists are read again, and the deleted one is gone.
  const [gone] = bySql(probe);
  app.db.prepare("UPDATE articles SET deleted_at = '2026-02-01' WHERE id = ?").run(gone);
  const after = new NearDuplicateCandidates(app.db).find(probe).map((candidate) => candidate.id);
  expect(after).not.toContain(gone);
  expect(after).toEqual(bySql(probe));
});
