/* c8 ignore start */
import { run } from "./main.js";

await run();
