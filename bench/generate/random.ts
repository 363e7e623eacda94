/**
 * A seeded pseudo-random source (mulberry32): the same seed gives the same store, byte for byte in its
 * records, so figures from two runs compare like with like.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** `count` different items of `list` (all of it when it is shorter), in random order. */
  sample<T>(list: readonly T[], count: number): T[] {
    const copy = [...list];
    const n = Math.min(count, copy.length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy.slice(0, n);
  }

  /**
   * `count` different indexes below `length`, exactly as `sample` of [0, 1, … length − 1] would give them (the same
   * draws and swaps), without building that list: only the swapped places are kept. Choosing 3 people from a pool
   * of 2,000 copied the pool twice per delegation.
   */
  sampleIndexes(length: number, count: number): number[] {
    const swapped = new Map<number, number>();
    const n = Math.min(count, length);
    const chosen: number[] = [];
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.next() * (length - i));
      const atJ = swapped.get(j) ?? j;
      swapped.set(j, swapped.get(i) ?? i);
      chosen.push(atJ);
    }
    return chosen;
  }

  /** A version-4-shaped UUID from this source, so record ids are reproducible too. */
  uuid(): string {
    const hex = (n: number) =>
      Math.floor(this.next() * 16 ** n)
        .toString(16)
        .padStart(n, '0');
    const variant = (8 + Math.floor(this.next() * 4)).toString(16);
    return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
  }
}

/** Picks an index with probability proportional to its weight, by binary search over running totals. */
export class WeightedPicker {
  private readonly totals: Float64Array;

  constructor(weights: readonly number[]) {
    this.totals = new Float64Array(weights.length);
    let sum = 0;
    weights.forEach((weight, index) => {
      sum += weight;
      this.totals[index] = sum;
    });
  }

  pick(random: Random): number {
    const target = random.next() * this.totals[this.totals.length - 1]!;
    let low = 0;
    let high = this.totals.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.totals[mid]! > target) high = mid;
      else low = mid + 1;
    }
    return low;
  }
}
