import type { OpenedApp } from '../main/bootstrap.js';
import type { Result } from '../shared/api/result.js';
import type { Manifest } from './generate/store.js';
import { timeExtraction, timeImport, type Timings } from './timed.js';

/** What an operation needs: the opened app (dispatcher and store), the data folder and the dataset's manifest. */
export interface BenchContext {
  app: OpenedApp;
  dataDir: string;
  manifest: Manifest;
  /** How many articles the import operation imports per run: 1,000, fewer in the smoke test. */
  importCount: number;
}

interface Measured {
  name: string;
  target_ms: number;
  runs: number;
}

/**
 * One benchmarked API call. `call` says which method the run makes (through the dispatcher, as the IPC
 * and HTTP handlers do: input validation, the handler, the result envelope); the floor replays the SQL
 * statements that call executed, on a bare connection. `open` is the exception: it opens the store itself.
 */
export interface CallOperation extends Measured {
  /** Reads are held to at most 1.5× their floor; writes and totals are not. */
  kind: 'read' | 'write' | 'open';
  call(context: BenchContext, run: number): { method: string; input: unknown };
}

/** An operation that is not one API call times itself, run by run, and its own floor (bench/timed.ts). */
export interface TimedOperation extends Measured {
  kind: 'timed';
  time(context: BenchContext, runs: number): Timings;
}

export type Operation = CallOperation | TimedOperation;

const SEARCHES = [
  'nguyen',
  'seoul',
  'gyeong',
  'hue',
  'tranh son mai',
  '서울',
  'kim ho',
  'hop tac du lich',
  'nara',
  'bình',
];

/** A two-month window per run, so the list page holds about 50 visits of the busiest partner country. */
function twoMonths(run: number): { from: string; to: string } {
  const year = 2010 + (run % 15);
  const month = 1 + ((run * 5) % 11);
  const pad = (m: number) => String(m).padStart(2, '0');
  return { from: `${year}-${pad(month)}`, to: `${year}-${pad(month + 1)}` };
}

function month(run: number): { from: string; to: string } {
  const year = 2012 + (run % 14);
  const m = String(1 + (run % 12)).padStart(2, '0');
  const last = new Date(Date.UTC(year, Number(m), 0)).getUTCDate();
  return { from: `${year}-${m}-01`, to: `${year}-${m}-${last}` };
}

/** The six weeks the month grid of month(run) shows: from the Monday on or before the 1st, 42 days. */
function monthGrid(run: number): { from: string; to: string } {
  const first = new Date(`${month(run).from}T00:00:00Z`);
  const start = new Date(first.getTime() - ((first.getUTCDay() + 6) % 7) * 86_400_000);
  const end = new Date(start.getTime() + 41 * 86_400_000);
  return { from: start.toISOString().slice(0, 10), to: end.toISOString().slice(0, 10) };
}

/** The table; the browser figures come from bench/browser.ts. */
export const OPERATIONS: readonly Operation[] = [
  {
    name: 'open the store (open, pragmas, migration check, first dashboard query)',
    target_ms: 300,
    kind: 'open',
    runs: 7,
    call: () => ({ method: 'home.summary', input: {} }),
  },
  {
    name: 'global search, folded, prefix, top 50 across all kinds',
    target_ms: 30,
    kind: 'read',
    runs: 60,
    call: (_, run) => ({ method: 'search.everything', input: { query: SEARCHES[run % SEARCHES.length] } }),
  },
  {
    name: 'a list page: 50 delegations filtered by country and date range, sorted',
    target_ms: 10,
    kind: 'read',
    runs: 60,
    call: (context, run) => ({
      method: 'delegations.list',
      input: { country: context.manifest.country, ...twoMonths(run), sort: 'newest' },
    }),
  },
  {
    // What the calendar asks for a month: the six weeks of its grid, crowded days counted (calendar.month).
    name: 'calendar range query for one month',
    target_ms: 10,
    kind: 'read',
    runs: 40,
    call: (_, run) => ({ method: 'calendar.month', input: monthGrid(run) }),
  },
  {
    // The week and list views' query over a whole month, every item titled: what the month grid asked before.
    name: "calendar: every item of one month (the month's list view)",
    target_ms: 10,
    kind: 'read',
    runs: 40,
    call: (_, run) => ({ method: 'calendar.range', input: month(run) }),
  },
  {
    name: 'organisation dossier (timeline of a partner with 500 visits)',
    target_ms: 30,
    kind: 'read',
    runs: 30,
    call: (context) => ({ method: 'organizations.dossier', input: { id: context.manifest.dossierOrganizationId } }),
  },
  {
    name: 'briefing-sheet data for a partner with 200 visits',
    target_ms: 50,
    kind: 'read',
    runs: 30,
    call: (context) => ({ method: 'briefings.forDelegation', input: { id: context.manifest.briefingDelegationId } }),
  },
  {
    name: 'one mutation with audit log and search index update',
    target_ms: 5,
    kind: 'write',
    runs: 40,
    call: (context, run) => {
      const delegation = call<
        {
          participants: {
            personId: string;
            side: string;
            role: string;
            title: string;
            organizationId: string | null;
          }[];
          engagements: unknown[];
        } & Record<string, unknown>
      >(context.app, 'delegations.get', { id: context.manifest.briefingDelegationId });
      return {
        method: 'delegations.update',
        input: {
          id: delegation.id,
          direction: delegation.direction,
          visitingOrgId: delegation.visitingOrgId,
          hostOrgId: delegation.hostOrgId,
          purpose: `Thăm và làm việc, lần sửa ${run}`,
          startDate: delegation.startDate,
          endDate: delegation.endDate,
          place: delegation.place,
          status: delegation.status,
          notes: delegation.notes,
          participants: delegation.participants.map(({ personId, side, role, title, organizationId }) => ({
            personId,
            side,
            role,
            title,
            organizationId,
          })),
          engagements: delegation.engagements,
        },
      };
    },
  },
  {
    name: 'extraction of a 5 KB article',
    target_ms: 20,
    kind: 'timed',
    runs: 60,
    time: (_, runs) => timeExtraction(runs),
  },
  {
    name: 'import of 1,000 articles with indexing',
    target_ms: 10_000,
    kind: 'timed',
    runs: 3,
    time: (context, runs) => timeImport(context, runs, context.importCount),
  },
];

/** A synchronous API call that must succeed. */
export function call<T>(app: OpenedApp, method: string, input: unknown): T {
  const result = app.dispatch(method, input) as Result<T>;
  if (result instanceof Promise) throw new Error(`${method} answered with a promise`);
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value;
}
