import type { Range } from "../types.js";
import type { Suppression } from "./model.js";
export declare function findSuppressions(source: string): Suppression[];
export declare function isSuppressed(suppressions: readonly Suppression[], ruleId: string, range: Range): boolean;
