/** What `camelgen init` decided: the keys it writes into camelgen.config.json. */
export interface InitChoices {
  /** The pinned snapshot `generate` reads (a local file). */
  input: string;
  output: string;
  name?: string | undefined;
  /** The URL `camelgen pull` fetches the snapshot from, when the user gave a URL. */
  source?: string | undefined;
}

type Entry = { comment: string[]; key: string; value: string };

/**
 * camelgen.config.json as `init` writes it: JSON with `//` comments (the config reader accepts
 * them, as tsconfig.json's does), each key explained above it. Values are written by JSON.stringify.
 */
export function initConfigText(choices: InitChoices): string {
  const entries: Entry[] = [
    ...(choices.source === undefined
      ? []
      : [{ comment: ["Where `camelgen pull` (npm run pull) fetches the schema from; it writes it to \"input\"."], key: "source", value: choices.source }]),
    {
      comment: ["The OpenAPI document `camelgen` generates from: a file, so generation never needs the network."],
      key: "input",
      value: choices.input,
    },
    { comment: ["The folder the client is written into. camelgen replaces only the files it wrote there."], key: "output", value: choices.output },
    ...(choices.name === undefined ? [] : [{ comment: ["The client class name (without it: from the document's info.title)."], key: "name", value: choices.name }]),
  ];
  const body = entries.flatMap((entry, i) => [
    ...entry.comment.map((line) => `  // ${line}`),
    `  ${JSON.stringify(entry.key)}: ${JSON.stringify(entry.value)}${i < entries.length - 1 ? "," : ""}`,
  ]);
  const more = [
    ...(choices.name === undefined ? ['  // "name": the client class name (without it: from the document\'s info.title).'] : []),
    "  // Other keys: names, typeNames, validate, pagination, streams, strict, format, overlays, openEnums,",
    "  // importExtension, source, headers;",
    "  // `npx camelgen --help` lists them, the README explains them.",
  ];
  return ["// camelgen's config: `npx camelgen` reads it from this folder; flags override it. Comments are allowed.", "{", ...body, ...more, "}", ""].join("\n");
}
