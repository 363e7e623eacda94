import type { Migration } from './runner.js';

/**
 * Signed agreements by their signing's place in the five-year cycle and its day in the year (db/queries/round-years.ts,
 * written out here since a migration never changes), then the signing itself, so that signings after a year are
 * passed over in the index. The calendar's anniversaries read every signed agreement,
 * 10,000 at ministry scale, to keep the few a month holds; with this index each year of a range is one range of it.
 */
export const migration0100: Migration = {
  version: 100,
  name: 'index of signed agreements by their round years',
  up(db) {
    db.exec(`
      CREATE INDEX agreements_round_years ON agreements(
        CAST(substr(signed_on, 1, 4) AS INTEGER) % 5,
        CASE length(signed_on) WHEN 4 THEN '12-31' WHEN 7 THEN substr(signed_on, 6, 2) || '-28' ELSE substr(signed_on, 6, 5) END,
        signed_on)
      WHERE deleted_at IS NULL AND signed_on IS NOT NULL AND status IN ('signed', 'in_force', 'expired');`);
  },
};
