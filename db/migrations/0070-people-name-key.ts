import type { Migration } from './runner.js';

/**
 * The global search looks up people by the beginning of their folded name (db/queries/global-search.ts), as it
 * does organisations through organizations_name_key: without an index that read all 100,000 people of a
 * ministry-sized store for every keystroke.
 */
export const migration0070: Migration = {
  version: 70,
  name: 'index of people by folded name',
  up(db) {
    db.exec(`CREATE INDEX people_name_key ON people(name_key) WHERE deleted_at IS NULL;`);
  },
};
