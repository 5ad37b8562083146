/**
 * Whether the analyst is at work: the engine marks each request it serves,
 * and background work (writing the stored copy of a load, gigabytes for a
 * large file) waits for a quiet moment between its chunks. Otherwise that
 * copy takes a core (and, in Chromium, most of the browser process's) for
 * as long as it runs, right when the analyst starts scrolling and filtering
 * the data just loaded.
 */

/** How long after the last request the engine counts as quiet. */
export const QUIET_MS = 300;

export class Activity {
  private inFlight = 0;
  private last = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly now: () => number = () => performance.now(),
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    readonly quietMs = QUIET_MS,
  ) {}

  /** A request started. Pair with `end`. */
  begin(): void {
    this.inFlight++;
  }

  /** A request ended. */
  end(): void {
    this.inFlight = Math.max(0, this.inFlight - 1);
    this.last = this.now();
  }

  /** Whether no request is being served and none ended in the last `quietMs`. */
  get isQuiet(): boolean {
    return this.inFlight === 0 && this.now() - this.last >= this.quietMs;
  }

  /** Resolves at the first quiet moment (at once when quiet now). */
  async quiet(): Promise<void> {
    while (!this.isQuiet) await this.sleep(this.inFlight > 0 ? this.quietMs : Math.max(1, this.last + this.quietMs - this.now()));
  }
}
