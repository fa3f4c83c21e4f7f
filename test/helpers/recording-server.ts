import http from "node:http";
import type { AddressInfo } from "node:net";

export interface Received {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  bytes: Buffer;
}

/** A multipart request body, parsed by the platform's own parser. */
export function formOf(request: Received): Promise<FormData> {
  return new Request("http://x/", { method: "POST", headers: { "content-type": String(request.headers["content-type"]) }, body: new Uint8Array(request.bytes) }).formData();
}

/** A loopback server that records every request it receives and answers each with `reply`. */
export interface RecordingServer {
  readonly baseURL: string;
  readonly received: Received[];
  reply: (res: http.ServerResponse, request: Received) => void;
  /** The last request received; throws when none arrived. */
  last(): Received;
  /** The last request's multipart body, parsed by the platform's own parser. */
  form(): Promise<FormData>;
  close(): Promise<void>;
}

export async function startRecordingServer(): Promise<RecordingServer> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const request = { method: req.method ?? "", url: req.url ?? "", headers: req.headers, bytes: Buffer.concat(chunks) };
      recording.received.push(request);
      recording.reply(res, request);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const recording: RecordingServer = {
    baseURL: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received: [],
    reply: (res) => res.writeHead(204).end(),
    last: () => {
      const request = recording.received.at(-1);
      if (!request) throw new Error("no request reached the server");
      return request;
    },
    form: () => formOf(recording.last()),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
  return recording;
}
