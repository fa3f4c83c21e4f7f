/**
 * Splits text that arrives in pieces into lines ended by LF, CR or CRLF, as the event stream
 * format counts them. A CR that ends one piece and an LF that starts the next are one line end.
 * Returns the function that takes each piece and calls `onLine` with each line it completes,
 * without its line end.
 */
export function lineSplitter(
  onLine: (line: string) => void,
): (text: string) => void {
  let pending = "";
  let afterCR = false;
  return (text) => {
    if (text === "") return;
    let start = afterCR && text.charCodeAt(0) === 10 ? 1 : 0;
    afterCR = false;
    const length = text.length;
    for (let i = start; i < length; i++) {
      const code = text.charCodeAt(i);
      if (code !== 10 && code !== 13) continue;
      const line = pending + text.slice(start, i);
      pending = "";
      if (code === 13) {
        if (i + 1 === length) afterCR = true;
        else if (text.charCodeAt(i + 1) === 10) i++;
      }
      start = i + 1;
      onLine(line);
    }
    if (start < length) pending += text.slice(start);
  };
}
