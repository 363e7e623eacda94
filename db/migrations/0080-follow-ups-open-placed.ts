import type { Migration } from './runner.js';

/**
 * Open follow-ups by the day they stand on (a partial due on the last day of its period, db/queries/placed-day.ts,
 * written out here since a migration never changes). The home page shows the fifty most overdue and counts the
 * rest: ordering tens of thousands of overdue follow-ups by that day read each row and sorted them all, ~100 ms
 * of opening the app at ministry scale. With this index both are a range of it.
 */
export const migration0080: Migration = {
  version: 80,
  name: 'index of open follow-ups by the day they stand on',
  up(db) {
    db.exec(`
      CREATE INDEX follow_ups_open_placed ON follow_ups(
        CASE length(due) WHEN 4 THEN due || '-12-31'
                         WHEN 7 THEN date(due || '-01', '+1 month', '-1 day') ELSE substr(due, 1, 10) END,
        due, created_at)
      WHERE deleted_at IS NULL AND status IN ('open', 'in_progress') AND due IS NOT NULL;`);
  },
};
