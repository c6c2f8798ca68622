#!/usr/bin/env node
// The CLI ships prebuilt in dist/ (committed), so a fresh clone needs only `npm ci`.
import { cli } from "../dist/cli/postlint.js";

await cli();
