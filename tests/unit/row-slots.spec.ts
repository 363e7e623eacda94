import { expect, test } from '@playwright/test';
import { assignSlots } from '../../renderer/src/delegations/row-slots.js';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, n) => from + n);

test('rows staying drawn keep their slots; rows coming into view take the slots of rows that left', () => {
  const first = assignSlots(new Map(), range(0, 29));
  expect([...first.values()]).toEqual(range(0, 29));
  // Eight rows down: rows 8..29 keep theirs, rows 30..37 reuse the eight slots rows 0..7 gave up.
  const down = assignSlots(first, range(8, 37));
  for (const index of range(8, 29)) expect(down.get(index)).toBe(first.get(index));
  expect(range(30, 37).map((index) => down.get(index))).toEqual(range(0, 7));
  // And back up: rows 0..7 take the slots rows 30..37 leave.
  const up = assignSlots(down, range(0, 29));
  for (const index of range(8, 29)) expect(up.get(index)).toBe(first.get(index));
  expect(new Set(range(0, 7).map((index) => up.get(index)))).toEqual(new Set(range(0, 7)));
});

test('every row drawn has its own slot, whatever jumps the window makes', () => {
  let slots = new Map<number, number>();
  // A jump far down, a row kept far away (the focused one), a taller window, then a shorter one.
  for (const indexes of [
    range(0, 29),
    range(5000, 5029),
    [...range(5004, 5033), 2],
    range(5000, 5049),
    range(40, 59),
  ]) {
    slots = assignSlots(slots, indexes);
    expect([...slots.keys()].sort((a, b) => a - b)).toEqual([...indexes].sort((a, b) => a - b));
    expect(new Set(slots.values()).size).toBe(indexes.length);
    // No slot beyond the most rows drawn at once: the elements are reused, not piled up.
    expect(Math.max(...slots.values())).toBeLessThan(50);
  }
});
