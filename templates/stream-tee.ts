/**
 * Two iterators over the items of one: each item is pulled from the source once and handed to
 * both. The source is closed early only when both sides have been left early.
 */
export function teeIterator<T>(
  source: AsyncIterator<T>,
): [AsyncIterator<T>, AsyncIterator<T>] {
  const queues: Promise<IteratorResult<T>>[][] = [[], []];
  const open = [true, true];
  const side = (mine: 0 | 1): AsyncIterator<T> => {
    const other = mine === 0 ? 1 : 0;
    return {
      next() {
        if (!open[mine])
          return Promise.resolve({ done: true, value: undefined });
        const queue = queues[mine] as Promise<IteratorResult<T>>[];
        if (queue.length === 0) {
          const pulled = source.next();
          // Each side awaits its own copy; this one only keeps an unread failure from going unhandled.
          pulled.catch((): undefined => undefined);
          queue.push(pulled);
          if (open[other]) queues[other]?.push(pulled);
        }
        return queue.shift() as Promise<IteratorResult<T>>;
      },
      async return() {
        if (open[mine]) {
          open[mine] = false;
          queues[mine] = [];
          if (!open[other]) await source.return?.();
        }
        return { done: true, value: undefined };
      },
    };
  };
  return [side(0), side(1)];
}
