import type { Migration } from './runner.js';

/**
 * Programme items by their time, carrying what the calendar reads of them (visit, kind, id): a month holds about a
 * thousand at ministry scale, scattered over the 250,000-row table, and reading each row was most of the month's
 * query. Replaces engagements_starts of migration 60, of which it is an extension.
 */
export const migration0090: Migration = {
  version: 90,
  name: 'programme items by time, covering the calendar',
  up(db) {
    db.exec(`
      DROP INDEX engagements_starts;
      CREATE INDEX engagements_by_day ON engagements(starts_at, delegation_id, kind, id) WHERE deleted_at IS NULL;`);
  },
};
