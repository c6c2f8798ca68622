export declare const rule: import("../../rule.js").Rule;
