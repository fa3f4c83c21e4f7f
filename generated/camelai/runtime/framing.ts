/**
 * How a streamed body is cut into items: it is given the body's text as it arrives and hands out
 * each complete item once. Items are parsed when taken, so the items before an invalid one are
 * delivered first.
 */
export interface Framing<T> {
  /** Takes the next piece of the body's text. */
  push(text: string): void;
  /** The body ended: whatever the format counts as complete becomes an item, the rest is dropped. */
  end(): void;
  /** Whether an item is waiting. */
  ready(): boolean;
  /** The next waiting item; throws when it cannot be parsed or fails its check. */
  take(): T;
}

/** Frames waiting to be taken, in order; emptied as they are, so none outlives its turn. */
export class FrameQueue<F> {
  #frames: F[] = [];
  #head = 0;

  add(frame: F): void {
    this.#frames.push(frame);
  }

  ready(): boolean {
    return this.#head < this.#frames.length;
  }

  /** The oldest frame; call only when `ready()`. */
  shift(): F {
    const frame = this.#frames[this.#head] as F;
    this.#head++;
    if (this.#head === this.#frames.length) {
      this.#frames = [];
      this.#head = 0;
    }
    return frame;
  }
}
