/**
 * Gives each row drawn a slot (its React key) such that a row keeps its slot while it stays drawn, and a row
 * coming into view takes a slot a row leaving the view gave up: React then updates that row's elements in place
 * instead of removing eight rows' elements and creating eight new ones on each scroll step.
 * `previous` is the slots of the rows drawn last (by row index); the result is the same for the rows given.
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
