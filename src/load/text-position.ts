/** A 1-based place in a text, as editors count: line, then column within it. */
export interface SourceLocation {
  line: number;
  column: number;
}

/** The location of each offset of `text`, by binary search over its line starts (found once). */
export function lineIndex(text: string): (offset: number) => SourceLocation {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
  };
}
