import { createInterface } from "node:readline/promises";

/** Questions on the terminal for `camelgen init`: each answer trimmed; close() when done. */
export function terminalAsk(): { ask: (question: string) => Promise<string>; close: () => void } {
  const terminal = createInterface({ input: process.stdin, output: process.stderr });
  return { ask: async (question) => (await terminal.question(question)).trim(), close: () => terminal.close() };
}
