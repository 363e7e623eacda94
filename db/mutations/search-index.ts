import type { Store } from '../connection.js';
import { fold } from '../../shared/text/fold.js';

/** Puts (or replaces) a record's folded text in the full-text indexes (words, and trigrams for parts of words). */
export function indexDocument(db: Store, entity: string, entityId: string, texts: readonly string[]): void {
  const body = fold(texts.filter(Boolean).join(' '));
  const existing = db
    .prepare<[string, string], { rowid: number }>(
      'SELECT rowid FROM search_documents WHERE entity = ? AND entity_id = ?',
    )
    .get(entity, entityId);
  const rowid =
    existing?.rowid ??
    Number(
      db.prepare('INSERT INTO search_documents (entity, entity_id) VALUES (?, ?)').run(entity, entityId)
        .lastInsertRowid,
    );
  if (existing) {
    db.prepare('DELETE FROM search_index WHERE rowid = ?').run(rowid);
    db.prepare('DELETE FROM search_trigrams WHERE rowid = ?').run(rowid);
  }
  db.prepare('INSERT INTO search_index (rowid, body) VALUES (?, ?)').run(rowid, body);
  db.prepare('INSERT INTO search_trigrams (rowid, body) VALUES (?, ?)').run(rowid, body);
}

/** Takes a record out of the index (a soft-deleted record is no longer found). */
export function unindexDocument(db: Store, entity: string, entityId: string): void {
  const existing = db
    .prepare<[string, string], { rowid: number }>(
      'SELECT rowid FROM search_documents WHERE entity = ? AND entity_id = ?',
    )
    .get(entity, entityId);
  if (!existing) return;
  db.prepare('DELETE FROM search_index WHERE rowid = ?').run(existing.rowid);
  db.prepare('DELETE FROM search_trigrams WHERE rowid = ?').run(existing.rowid);
  db.prepare('DELETE FROM search_documents WHERE rowid = ?').run(existing.rowid);
}
