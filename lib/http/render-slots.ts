// How many reader pages one instance hands to Next at once. Right after a publish every instance is asked for the
// front page, the archive pages, the feeds and the category pages the post appears on, all at once; rendered side by
// side their database results and React work fill the event loop for hundreds of milliseconds, and every front-cache
// hit waits behind them (docs/load-and-faults.md). A few at a time, the rest in line: the hits are answered between
// them, and each render finishes sooner than it would among twenty.
import type http from "node:http";

export class RenderSlots {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly size: number) {}

  /**
   * Runs `start` when a slot is free. The slot is free again once the whole answer is handed to Node (`end`), not
   * when the reader has received it: a reader who stops reading must not hold up the renders of everyone else.
   */
  run(res: http.ServerResponse, start: () => void): void {
    const begin = () => {
      // Left while in line: nothing to render for.
      if (res.destroyed) return this.next();
      this.active++;
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        this.active--;
        this.next();
      };
      const end = res.end;
      res.end = function (this: http.ServerResponse, ...args: Parameters<typeof end>) {
        release();
        return end.apply(this, args);
      } as typeof res.end;
      res.once("close", release);
      start();
    };
    if (this.active < this.size) begin();
    else this.waiting.push(begin);
  }

  /** Requests in line. */
  get queued(): number {
    return this.waiting.length;
  }

  private next(): void {
    if (this.active < this.size) this.waiting.shift()?.();
  }
}
