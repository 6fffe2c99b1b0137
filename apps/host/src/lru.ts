/**
 * A bounded map that forgets the least recently used entry first: the host's caches (parsed
 * versions, rendered tables and checks) keep a steady memory footprint however many versions
 * are written. Bounded by a count of entries and, when a `weigh` function is given, by a total
 * weight (an estimate of bytes); an entry heavier than the whole budget is not kept at all.
 *
 * @example
 * ```ts
 * const cache = new LruCache<string, number>(2);
 * cache.set('a', 1);
 * cache.get('a'); // 1
 * ```
 */
export class LruCache<K, V> {
  readonly #max: number;
  readonly #maxWeight: number;
  readonly #weigh: ((value: V) => number) | undefined;
  readonly #map = new Map<K, { value: V; weight: number }>();
  #weight = 0;

  /** A cache of at most `max` entries (and at most `maxWeight` in total when `weigh` is given). */
  constructor(max: number, options: { maxWeight?: number; weigh?: (value: V) => number } = {}) {
    this.#max = max;
    this.#maxWeight = options.maxWeight ?? Number.POSITIVE_INFINITY;
    this.#weigh = options.weigh;
  }

  /** How many entries are held. */
  get size(): number {
    return this.#map.size;
  }

  /** The total weight held (0 without a `weigh` function). */
  get weight(): number {
    return this.#weight;
  }

  /** Whether the key is held (does not count as a use). */
  has(key: K): boolean {
    return this.#map.has(key);
  }

  /** The value, marking it as recently used. */
  get(key: K): V | undefined {
    const entry = this.#map.get(key);
    if (entry === undefined) return undefined;
    this.#map.delete(key);
    this.#map.set(key, entry);
    return entry.value;
  }

  /** Stores a value, forgetting the least recently used entries while over a bound. */
  set(key: K, value: V): void {
    this.delete(key);
    const weight = this.#weigh === undefined ? 0 : this.#weigh(value);
    if (weight > this.#maxWeight) return;
    this.#map.set(key, { value, weight });
    this.#weight += weight;
    while (this.#map.size > this.#max || this.#weight > this.#maxWeight) {
      const oldest = this.#map.keys().next();
      if (oldest.done === true) break;
      this.delete(oldest.value);
    }
  }

  /** Forgets one entry. */
  delete(key: K): void {
    const entry = this.#map.get(key);
    if (entry === undefined) return;
    this.#weight -= entry.weight;
    this.#map.delete(key);
  }

  /** Forgets everything. */
  clear(): void {
    this.#map.clear();
    this.#weight = 0;
  }
}
