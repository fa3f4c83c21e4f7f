import http from "node:http";
import type { AddressInfo } from "node:net";
import { build } from "esbuild";

export interface PageServer {
  /** The page's URL: an HTML document that loads the bundled entry as a module. */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves one page whose script is `entry` (TypeScript resolved in `resolveDir`), bundled by
 * esbuild for browsers as an application build would. The page's origin differs from the API
 * server's (another port), so every call is a cross-origin request that needs CORS.
 */
export async function servePage(entry: string, resolveDir: string): Promise<PageServer> {
  const bundled = await build({
    stdin: { contents: entry, resolveDir, loader: "ts", sourcefile: "entry.ts" },
    bundle: true,
    write: false,
    format: "esm",
    platform: "browser",
    target: "es2022",
  });
  const script = bundled.outputFiles[0]?.text ?? "";
  const page = `<!doctype html><meta charset="utf-8"><title>camelgen</title><script type="module" src="/app.js"></script>`;
  const server = http.createServer((req, res) => {
    if (req.url === "/app.js") res.writeHead(200, { "content-type": "text/javascript" }).end(script);
    else if (req.url === "/") res.writeHead(200, { "content-type": "text/html" }).end(page);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * CORS headers for a page on `origin`: a preflight is answered with the headers it asks for, so
 * the test sees whatever headers the client sends rather than a list kept by hand.
 */
export function corsHeaders(origin: string, requested: string | string[] | undefined): Record<string, string> {
  const asked = Array.isArray(requested) ? requested.join(", ") : (requested ?? "");
  return {
    "access-control-allow-origin": origin,
    "access-control-allow-methods": "GET, POST, PUT, PATCH, DELETE, OPTIONS",
    ...(asked === "" ? {} : { "access-control-allow-headers": asked }),
    "access-control-expose-headers": "x-request-id",
  };
}
