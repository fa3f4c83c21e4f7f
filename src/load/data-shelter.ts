import { isJsonObject } from "../model/json.js";
import { holdsRefKey, mapDataValues } from "../model/data-values.js";

/** The key of the stand-in for a sheltered value; `$` keeps it out of any OpenAPI or JSON Schema keyword. */
const MARK = "$camelgen-data";

/**
 * Keeps data values that hold `$ref` keys (GitHub's examples quote `$ref: file.yaml`) away from
 * the bundler, which would follow them as references: `shelter` swaps each for a stand-in object,
 * `restore` puts the values back wherever the stand-ins ended up. One shelter serves the input and
 * every file it refers to.
 */
export class DataShelter {
  private readonly values: unknown[] = [];

  shelter(node: unknown, swagger2 = false): unknown {
    const data = (value: unknown) => (holdsRefKey(value) ? { [MARK]: this.values.push(value) - 1 } : value);
    return mapDataValues(node, { data }, swagger2);
  }

  restore(node: unknown): unknown {
    return this.values.length === 0 ? node : this.put(node);
  }

  private put(node: unknown): unknown {
    if (Array.isArray(node)) {
      let items: unknown[] | undefined;
      for (let i = 0; i < node.length; i++) {
        const item = this.put(node[i]);
        if (item !== node[i]) (items ??= [...node])[i] = item;
      }
      return items ?? node;
    }
    if (!isJsonObject(node)) return node;
    const index = node[MARK];
    if (typeof index === "number" && Object.keys(node).length === 1) return this.values[index];
    let copy: Record<string, unknown> | undefined;
    for (const key of Object.keys(node)) {
      const next = this.put(node[key]);
      if (next !== node[key]) (copy ??= { ...node })[key] = next;
    }
    return copy ?? node;
  }
}
