#!/usr/bin/env node
import { main } from "../dist/cli/main.js";

// The arguments after node and this script (yargs' hideBin, without loading yargs for it).
process.exitCode = await main(process.argv.slice(2));
