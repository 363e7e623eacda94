import type { Migration } from './runner.js';

/** Talking points and topics to avoid, written on the briefing sheet and kept with the delegation. */
export const migration0040: Migration = {
  version: 40,
  name: 'briefing notes on delegations',
  up(db) {
    db.exec(`
      ALTER TABLE delegations ADD COLUMN talking_points TEXT NOT NULL DEFAULT '';
      ALTER TABLE delegations ADD COLUMN topics_to_avoid TEXT NOT NULL DEFAULT '';
    `);
  },
};
