/**
 * Counts failed sign-ins per key in a sliding window; blocks a key after `max` failures. Memory
 * is bounded: a key is kept only while it has failures inside the window, at most `maxKeys`
 * keys are kept (the longest-quiet ones go first), and only the last `max` failures per key.
 *
 * @example
 * ```ts
 * const limiter = new RateLimiter(5, 15 * 60_000);
 * limiter.blockedFor('anna|127.0.0.1'); // 0 (ms)
 * ```
 */
export class RateLimiter {
  readonly #max: number;
  readonly #windowMs: number;
  readonly #maxKeys: number;
  /** Failure times per key; Map order is least recently failed first. */
  readonly #failures = new Map<string, number[]>();

  /** At most `max` failures per key within `windowMs`; at most `maxKeys` keys remembered. */
  constructor(max: number, windowMs: number, maxKeys = 10_000) {
    this.#max = max;
    this.#windowMs = windowMs;
    this.#maxKeys = maxKeys;
  }

  /** How many keys are remembered (for tests and metrics). */
  get size(): number {
    return this.#failures.size;
  }

  #recent(key: string, now: number): number[] {
    const list = this.#failures.get(key);
    if (list === undefined) return [];
    const recent = list.filter((t) => now - t < this.#windowMs);
    if (recent.length === 0) this.#failures.delete(key);
    else if (recent.length !== list.length) this.#failures.set(key, recent);
    return recent;
  }

  /** Milliseconds until the key may try again (0 when it may now). Stores nothing. */
  blockedFor(key: string, now = Date.now()): number {
    const recent = this.#recent(key, now);
    if (recent.length < this.#max) return 0;
    return this.#windowMs - (now - (recent[recent.length - this.#max] ?? now));
  }

  /** Records a failure. */
  fail(key: string, now = Date.now()): void {
    const list = [...this.#recent(key, now), now].slice(-this.#max);
    this.#failures.delete(key);
    this.#failures.set(key, list);
    // Oldest first: drop keys whose window has passed, then the longest-quiet over the cap.
    for (const [k, times] of this.#failures) {
      const last = times[times.length - 1] ?? 0;
      if (now - last >= this.#windowMs) this.#failures.delete(k);
      else break;
    }
    while (this.#failures.size > this.#maxKeys) {
      const oldest = this.#failures.keys().next();
      if (oldest.done === true) break;
      this.#failures.delete(oldest.value);
    }
  }

  /** Forgets a key's failures (after a successful sign-in). */
  reset(key: string): void {
    this.#failures.delete(key);
  }
}
