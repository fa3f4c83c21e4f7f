/** The texts `--help` prints after the options: config keys and each command's exit codes (the README's table). */

export const CONFIG_KEYS = `Config keys (camelgen.config.json in the working directory, // comments allowed,
or the default export of camelgen.config.mjs; one client's keys, or { "clients": [ ... ] }):
  input            the OpenAPI file generate reads (a file; a URL goes in "source")
  output           the folder the client is written into
  name             client class name (default: from info.title)
  names            method names by operationId
  typeNames        type names by component schema name
  validate         the client's default response validation: "off", "warn" or "throw"
  pagination       page styles by operationId, for lists camelgen cannot infer
  streams          streamed responses by operationId, for streams the schema does not declare
  strict           true: warnings are errors
  format           "prettier": format the output with your prettier config
  importExtension  ".js" (default) or ".ts": the extension of relative imports in the output
  overlays         Overlay 1.0/1.1 files applied in order to the input (relative to the config)
  openEnums        true: response-side enums accept unlisted values (default false)
  source           the URL \`camelgen pull\` fetches the schema from into "input"
  headers          pull's request headers: header name -> environment variable name`;

const exitCodes = (lines: string[]) => ["Exit codes:", ...lines.map((line) => `  ${line}`)].join("\n");

export const GENERATE_EXIT_CODES = exitCodes([
  "0  written, up to date, or (--check) current",
  "1  an unusable input or an error diagnostic; with --check, an output that is not current",
  "2  usage or config error, before any work: an unknown command, option or value,",
  "   neither a config nor --input, a config that is not valid",
  "3  network or I/O failure: an --input URL that cannot be fetched, an output that cannot be written",
]);

export const PULL_CONFIG_KEYS = `Config keys pull reads (camelgen.config.json): source (the URL), input (the snapshot it writes),
headers (header name -> environment variable name).`;

export const INIT_CONFIG_KEYS = `Config keys init writes (camelgen.config.json, with comments): input, output, name, and
source for a URL (then input is the snapshot schema/openapi.yaml that \`camelgen pull\` writes).`;

export const PULL_EXIT_CODES = exitCodes([
  "0  the snapshot was updated or is current",
  "1  the server's answer is not an OpenAPI document (the snapshot is kept)",
  "2  usage or config error, before any request: no source or no snapshot file,",
  "   a configured header's environment variable unset (without --allow-missing-env)",
  "3  the server cannot be reached or answers an error status, or the snapshot cannot be",
  "   written (the snapshot is kept)",
]);

export const DIFF_EXIT_CODES = exitCodes([
  "0  compared (and, with --fail-on-breaking, nothing breaking)",
  "1  an input is not a usable OpenAPI document, or (--fail-on-breaking) a change is breaking",
  "2  usage error",
  "3  an input URL cannot be fetched",
]);

export const INIT_EXIT_CODES = exitCodes([
  "0  camelgen.config.json written (and the npm scripts added)",
  "2  usage error: no --input without a terminal, an input file that does not exist,",
  "   a config that exists (without --force), a package.json that is not JSON",
  "3  a file cannot be written",
]);
