import type { Migration } from './runner.js';
import { migration0010 } from './0010-organizations.js';
import { migration0020 } from './0020-delegations.js';
import { migration0030 } from './0030-gifts-agreements-follow-ups.js';
import { migration0040 } from './0040-briefing-notes.js';
import { migration0050 } from './0050-articles.js';
import { migration0060 } from './0060-delegation-spans.js';
import { migration0070 } from './0070-people-name-key.js';
import { migration0080 } from './0080-follow-ups-open-placed.js';
import { migration0090 } from './0090-engagements-by-day.js';
import { migration0100 } from './0100-agreements-round-years.js';
import { migration0110 } from './0110-articles-newest.js';
import { migration0120 } from './0120-follow-ups-placed.js';

/** Append-only: a shipped migration is never edited; a change is a new file. */
export const MIGRATIONS: readonly Migration[] = [
  migration0010,
  migration0020,
  migration0030,
  migration0040,
  migration0050,
  migration0060,
  migration0070,
  migration0080,
  migration0090,
  migration0100,
  migration0110,
  migration0120,
];
