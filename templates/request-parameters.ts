import type { OperationRequest, ParameterSpec } from "./operation.js";

/** Where the compact fields of a request keep their parameters' names, by location. */
const NAMED_LOCATIONS = ["query", "header", "cookie"] as const;

/**
 * The request with its compact parameters (`pathValues`, and the `query`, `header` and `cookie`
 * names read from `params`) written out as `parameters`, after the ones it spells in full: what
 * the serialisers and page walks read. A request without compact fields is returned as it is.
 */
export function withParameters<R extends OperationRequest>(req: R): R {
  const { pathValues, params } = req;
  if (
    pathValues === undefined &&
    NAMED_LOCATIONS.every((location) => req[location] === undefined)
  )
    return req;
  const parameters: ParameterSpec[] = Object.entries(pathValues ?? {}).map(
    ([name, value]) => ({ name, in: "path", value }),
  );
  parameters.push(...(req.parameters ?? []));
  const values = params as Readonly<Record<string, unknown>> | undefined;
  for (const location of NAMED_LOCATIONS)
    for (const name of req[location] ?? [])
      parameters.push({ name, in: location, value: values?.[name] });
  return { ...req, parameters };
}
