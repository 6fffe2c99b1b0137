/**
 * A bounded map that forgets the least recently used entry first: the host's caches (parsed
 * versions) keep a steady memory footprint however many versions are written.
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
  readonly #map = new Map<K, V>();

  /** A cache of at most `max` entries. */
  constructor(max: number) {
    this.#max = max;
  }

  /** How many entries are held. */
  get size(): number {
    return this.#map.size;
  }

  /** Whether the key is held (does not count as a use). */
  has(key: K): boolean {
    return this.#map.has(key);
  }

  /** The value, marking it as recently used. */
  get(key: K): V | undefined {
    if (!this.#map.has(key)) return undefined;
    const value = this.#map.get(key) as V;
    this.#map.delete(key);
    this.#map.set(key, value);
    return value;
  }

  /** Stores a value, forgetting the least recently used entry when full. */
  set(key: K, value: V): void {
    this.#map.delete(key);
    this.#map.set(key, value);
    while (this.#map.size > this.#max) {
      const oldest = this.#map.keys().next();
      if (oldest.done === true) break;
      this.#map.delete(oldest.value);
    }
  }

  /** Forgets everything. */
  clear(): void {
    this.#map.clear();
  }
}
