/**
 * Gives each item drawn (a block of table rows: use-window-rows.ts) a slot, its React key, such that an item keeps
 * its slot while it stays drawn, and an item coming into view takes a slot an item leaving the view gave up: React
 * then updates that item's elements in place instead of removing the elements of the items that left and creating
 * new ones on each scroll step. `previous` is the slots of the items drawn last (by index); the result is the same
 * for the same items.
 */
export function assignSlots(previous: ReadonlyMap<number, number>, indexes: readonly number[]): Map<number, number> {
  const slots = new Map<number, number>();
  const taken = new Set<number>();
  for (const index of indexes) {
    const slot = previous.get(index);
    if (slot === undefined) continue;
    slots.set(index, slot);
    taken.add(slot);
  }
  let free = 0;
  for (const index of indexes) {
    if (slots.has(index)) continue;
    while (taken.has(free)) free++;
    slots.set(index, free);
    taken.add(free);
  }
  return slots;
}
