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
