/**
 * The request bookkeeping behind useEngineQuery, free of React so it can be
 * tested: every run gets a rising sequence number and only the newest reply
 * is shown (a slower older reply never overwrites a newer one); results that
 * hold worker memory (select handles) are released when superseded, when a
 * stale reply arrives, and on dispose.
 */

export interface QueryState<T> {
  /** The newest result (kept while a newer request is in flight, so views do not flicker). */
  data: T | null;
  /** The newest request's failure, as text for the UI. */
  error: string | null;
  loading: boolean;
}

export interface QueryRunnerOptions<T> {
  onChange(state: QueryState<T>): void;
  /** Frees what a result holds in the worker; called exactly once per result that will no longer be shown. */
  release?(value: T): void;
  /** Timer functions (tests pass fakes). */
  setTimer?(fn: () => void, ms: number): unknown;
  clearTimer?(handle: unknown): void;
}

export const IDLE: QueryState<never> = { data: null, error: null, loading: false };

/** A readable message from anything thrown. */
export function errorText(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  return String(err);
}

export class QueryRunner<T> {
  private seq = 0;
  private key: string | null = null;
  private timer: unknown = null;
  private state: QueryState<T> = IDLE;
  private disposed = false;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;

  constructor(private readonly opts: QueryRunnerOptions<T>) {
    this.setTimer = opts.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = opts.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  }

  /** The state last reported. */
  get current(): QueryState<T> {
    return this.state;
  }

  /** Runs `exec` for `key` unless that key is already shown or in flight; waits `debounceMs` first when > 0. */
  run(key: string, exec: () => Promise<T>, debounceMs = 0): void {
    if (this.disposed || key === this.key) return;
    this.key = key;
    const seq = ++this.seq;
    this.cancelTimer();
    this.update({ ...this.state, loading: true });
    const start = () => {
      this.timer = null;
      let pending: Promise<T>;
      try {
        pending = exec();
      } catch (err) {
        pending = Promise.reject(err);
      }
      pending.then(
        (value) => this.settle(seq, value),
        (err: unknown) => this.fail(seq, err),
      );
    };
    if (debounceMs > 0) this.timer = this.setTimer(start, debounceMs);
    else start();
  }

  /** Nothing to ask (no engine, no data, no params): drops the shown result. */
  idle(): void {
    if (this.disposed) return;
    this.seq++;
    this.key = null;
    this.cancelTimer();
    this.drop();
    this.update(IDLE);
  }

  /** Forgets the key so the next run asks again even with the same key (e.g. after "retry"). */
  invalidate(): void {
    this.key = null;
  }

  /** Stops for good: nothing more is reported and the shown result is released. */
  dispose(): void {
    if (this.disposed) return;
    this.seq++;
    this.cancelTimer();
    this.drop();
    this.disposed = true;
  }

  private settle(seq: number, value: T): void {
    if (seq !== this.seq || this.disposed) {
      this.opts.release?.(value);
      return;
    }
    const previous = this.state.data;
    this.update({ data: value, error: null, loading: false });
    if (previous !== null && previous !== value) this.opts.release?.(previous);
  }

  private fail(seq: number, err: unknown): void {
    if (seq !== this.seq || this.disposed) return;
    // An old result next to an error would pass for the answer to the failed question.
    this.drop();
    this.update({ data: null, error: errorText(err), loading: false });
  }

  private drop(): void {
    const shown = this.state.data;
    if (shown !== null) {
      this.state = { ...this.state, data: null };
      this.opts.release?.(shown);
    }
  }

  private cancelTimer(): void {
    if (this.timer !== null) {
      this.clearTimer(this.timer);
      this.timer = null;
    }
  }

  private update(next: QueryState<T>): void {
    if (this.disposed) return;
    this.state = next;
    this.opts.onChange(next);
  }
}
