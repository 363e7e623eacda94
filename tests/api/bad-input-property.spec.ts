import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_FILE } from '../../main/data-dir.js';
import { contract } from '../../shared/api/contract.js';
import { API_METHODS } from '../../shared/api/methods.js';
import { ERROR_CODES, type Result } from '../../shared/api/result.js';
import { badInputs, seedForBadInputs } from '../helpers/bad-inputs.js';
import { openTestApp } from '../helpers/temp-store.js';

/**
 * Property-based bad input at the boundary (issue 8): every contract method, through the real dispatcher
 * on a real store, fed generated garbage — anything at all, its own input shape with a field swapped for
 * a wrong type, huge strings, deep nesting, prototype-pollution keys. Each answer must be an envelope
 * (never a throw, never an `internal` error: that is a handler crashing), an `ok` only for input the
 * contract accepts, and an error must leave the database file byte-identical (hashed after a checkpoint).
 */
const RUNS_PER_METHOD = 300;

const HUGE = ['x'.repeat(1_000_000), 'Đà Nẵng '.repeat(40_000), '서울특별시'.repeat(50_000)];
const ODD = ['', ' ', '\u0000', '\uD800', '\u202E', '../../etc/passwd', "'; DROP TABLE organizations; --"];
const ODD_NUMBERS = [NaN, Infinity, -Infinity, -0, 2 ** 53 + 2, 1e308, -1];

/** Arrays or objects nested `depth` levels deep (built iteratively: a recursive builder would overflow first). */
function nested(depth: number, kind: 'array' | 'object'): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = kind === 'array' ? [value] : { a: value };
  return value;
}

/** Own properties named __proto__ / constructor / prototype, as JSON.parse makes them from a request body. */
const pollution = fc.constantFrom(
  JSON.parse('{"__proto__": {"polluted": "yes"}}') as unknown,
  JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}') as unknown,
  JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "prototype": 1}'),
);

const anything = fc.anything({
  maxDepth: 4,
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withObjectString: true,
  withNullPrototype: true,
  withBigInt: true,
  withDate: true,
});

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  anything,
  fc.constantFrom<unknown>(...HUGE, ...ODD, ...ODD_NUMBERS, true, null, undefined, [], {}),
  fc
    .tuple(fc.integer({ min: 50, max: 5_000 }), fc.constantFrom('array' as const, 'object' as const))
    .map(([d, k]) => nested(d, k)),
  pollution,
  fc.string({ unit: 'grapheme', maxLength: 300 }),
);

/** Sets a key as an own, enumerable property (plain assignment of "__proto__" would change the prototype). */
function withKey(base: object, key: string, value: unknown): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...base };
  Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true });
  return copy;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Inputs for one method, built around the shapes its own bad-input table uses (real ids, right keys). */
function inputsFor(templates: Record<string, unknown>[]): fc.Arbitrary<unknown> {
  const keys = [...new Set(templates.flatMap((template) => Object.keys(template)))];
  const keyNames = fc.constantFrom(...keys, '__proto__', 'constructor', 'prototype', 'toString', 'id');
  const shapes = templates.length > 0 ? templates : [{}];
  return fc.oneof(
    anything,
    hostileValue,
    // The method's own shape with one field of the wrong type (or a key that should not be there).
    fc.tuple(fc.constantFrom(...shapes), keyNames, hostileValue).map(([base, key, value]) => withKey(base, key, value)),
    // Its shape with several fields wrong at once.
    fc
      .tuple(fc.constantFrom(...shapes), fc.array(fc.tuple(keyNames, hostileValue), { minLength: 2, maxLength: 5 }))
      .map(([base, pairs]) => pairs.reduce<object>((object, [key, value]) => withKey(object, key, value), base)),
    // Its shape merged with prototype-pollution keys.
    fc.tuple(fc.constantFrom(...shapes), pollution).map(([base, extra]) => ({ ...base, ...(extra as object) })),
  );
}

/**
 * A plain check: Playwright's expect records a step with a stack trace per call, which over thousands of
 * inputs slows the run to a crawl; the message is built only on failure (inputs hold megabyte strings).
 */
function check(condition: boolean, message: () => string): void {
  if (!condition) throw new Error(message());
}

function serializable(value: unknown): boolean {
  try {
    JSON.stringify(value);
    return true;
  } catch {
    return false;
  }
}

function label(input: unknown): string {
  try {
    return (JSON.stringify(input) ?? String(input)).slice(0, 200);
  } catch {
    return Object.prototype.toString.call(input);
  }
}

/** Methods whose valid input does heavy work (a checked backup, the whole sample data set): only malformed input here. */
const ONLY_MALFORMED = new Set<string>(['backups.create', 'sampleData.load']);

/** Template values far beyond any limit (the bad-input table's 36 MB attachment) are left to HUGE. */
const smallTemplate = (template: Record<string, unknown>) =>
  Object.values(template).every((value) => typeof value !== 'string' || value.length <= 1_000_000);

test('every API method answers generated malformed input with an envelope and writes nothing', async () => {
  test.setTimeout(180_000);
  const app = openTestApp();
  try {
    const table = badInputs(seedForBadInputs(app));
    const file = join(app.dataDir, DATABASE_FILE);
    /** The database file's hash once every committed change is in it. */
    const fileHash = () => {
      app.db.pragma('wal_checkpoint(TRUNCATE)');
      return createHash('sha256').update(readFileSync(file)).digest('hex');
    };
    /** Per input, a cheap witness of any write (a checkpoint per input means an fsync per input). */
    const changes = () => (app.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
    const walState = () => {
      const wal = statSync(`${file}-wal`, { throwIfNoEntry: false });
      return `${statSync(file).size}/${wal?.size ?? 0}/${wal?.mtimeMs ?? 0}`;
    };
    const tried = { total: 0, refused: 0, accepted: 0 };

    for (const method of API_METHODS) {
      const templates = (table[method] ?? [])
        .map(([input]) => input)
        .filter(isPlainObject)
        .filter(smallTemplate);
      const schema = contract[method].input;
      const inputs = ONLY_MALFORMED.has(method)
        ? inputsFor(templates).filter((input) => !schema.safeParse(input).success)
        : inputsFor(templates);
      let baseline = fileHash();
      await fc.assert(
        fc.asyncProperty(inputs, async (input) => {
          tried.total++;
          const before = { changes: changes(), wal: walState() };
          let result: Result<unknown>;
          try {
            result = await app.dispatch(method, input);
          } catch (error) {
            throw new Error(`${method} threw for ${label(input)}: ${String(error)}`);
          }
          check(serializable(result), () => `${method}: the answer for ${label(input)} cannot cross IPC/HTTP`);
          check(!('polluted' in {}), () => `${method}: ${label(input)} polluted Object.prototype`);
          if (result.ok) {
            // Only input the contract accepts may get through; it may write, so the hash starts again.
            tried.accepted++;
            check(schema.safeParse(input).success, () => `${method} answered ok for ${label(input)}`);
            baseline = fileHash();
            return;
          }
          tried.refused++;
          const { code, message, fields } = result.error;
          check(ERROR_CODES.includes(code), () => `${method}: unknown error code ${code}`);
          check(code !== 'internal', () => `${method} crashed on ${label(input)}: ${message}`);
          check(
            typeof message === 'string' && message.length > 0 && message.length < 10_000,
            () => `${method} message`,
          );
          check(
            Object.values(fields ?? {}).every((text) => typeof text === 'string'),
            () => `${method}: field messages are text`,
          );
          const after = { changes: changes(), wal: walState() };
          check(
            after.changes === before.changes && after.wal === before.wal,
            () => `${method} refused ${label(input)} yet wrote`,
          );
        }),
        { numRuns: RUNS_PER_METHOD },
      );
      // Every refusal since the last accepted input left the file byte-identical.
      expect(fileHash(), `${method}: the database file after its refusals`).toBe(baseline);
    }
    console.log(
      `bad-input property test: ${tried.total} generated inputs over ${API_METHODS.length} methods ` +
        `(${tried.refused} refused with a typed error, database file unchanged; ${tried.accepted} valid and answered ok)`,
    );
    expect(tried.total).toBeGreaterThanOrEqual(API_METHODS.length * RUNS_PER_METHOD);
  } finally {
    app.close();
  }
});
