import { join } from "node:path";

/** The two camelAI schemas compared, as given on the command line (relative to the repository). */
export const SNAPSHOT = "fixtures/camelai/spec-2025-08-18.qaml-ai-docs-0b7efe8.yaml";
export const CURRENT = "fixtures/camelai/openapi.yaml";
export const GOLDEN_MD = join(import.meta.dirname, "golden/camelai-snapshot-to-current.md");
export const GOLDEN_JSON = join(import.meta.dirname, "golden/camelai-snapshot-to-current.json");
