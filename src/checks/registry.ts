import type { Rule } from "./rule.js";
import { relevance } from "./rules/relevance/index.js";
import { selfPromotion } from "./rules/promotion/index.js";
import { writing } from "./rules/writing/index.js";
import { channel } from "./rules/channel/index.js";
import { disclosure } from "./rules/disclosure/index.js";
import { engineRules } from "./engine/engine-rules.js";

/**
 * Every rule, listed explicitly (static imports, no folder scanning) so the
 * bundle is the same for the Worker, the Action and the CLI.
 */
export const families = { relevance, selfPromotion, writing, channel, disclosure } as const;

export const rules: readonly Rule[] = [
  ...engineRules,
  ...relevance.rules,
  ...selfPromotion.rules,
  ...writing.rules,
  ...channel.rules,
  ...disclosure.rules,
];

export const ruleIds: ReadonlySet<string> = new Set(rules.map((r) => r.id));

export function findRule(id: string): Rule | undefined {
  return rules.find((r) => r.id === id);
}
