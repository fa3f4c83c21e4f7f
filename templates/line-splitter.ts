/**
 * Splits text that arrives in pieces into lines ended by LF, CR or CRLF, as the event stream
 * format counts them. A CR that ends one piece and an LF that starts the next are one line end.
 */
export class LineSplitter {
  #pending = "";
  #afterCR = false;

  /** Calls `onLine` with each line this text completes, without its line end. */
  push(text: string, onLine: (line: string) => void): void {
    if (text === "") return;
    let start = this.#afterCR && text.charCodeAt(0) === 10 ? 1 : 0;
    this.#afterCR = false;
    const length = text.length;
    for (let i = start; i < length; i++) {
      const code = text.charCodeAt(i);
      if (code !== 10 && code !== 13) continue;
      const line = this.#pending + text.slice(start, i);
      this.#pending = "";
      if (code === 13) {
        if (i + 1 === length) this.#afterCR = true;
        else if (text.charCodeAt(i + 1) === 10) i++;
      }
      start = i + 1;
      onLine(line);
    }
    if (start < length) this.#pending += text.slice(start);
  }
}
