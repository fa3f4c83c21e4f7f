import type { PageStyle } from "./ir.js";
import type { PageConfig } from "./pagination-config.js";

/**
 * The fields each style takes besides `style` and `items`. Its own module, imported by the config
 * check: reading camelgen.config.json must not load the model.
 */
export const PAGE_CONFIG_FIELDS: Readonly<Record<PageStyle, readonly (keyof PageConfig)[]>> = {
  next: ["next"],
  "link-header": [],
  offset: ["offset", "count"],
  cursor: ["cursor", "param"],
  after: ["param", "more", "last", "before"],
};
