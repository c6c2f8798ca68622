import { z } from "zod";

/** A phrase pattern: a regular expression source, matched case-insensitively on word boundaries. */
const pattern = z.string().min(1).refine((p) => {
  try {
    new RegExp(p, "iu");
    return true;
  } catch {
    return false;
  }
}, "must be a valid regular expression");

export const signalNames = ["offer", "promoCode", "contest", "urgency", "callToBuy", "engagementBait", "selfPraise", "spam"] as const;

export const schema = z.strictObject({
  /** Phrases that carry each promotional signal. */
  signals: z.strictObject(Object.fromEntries(signalNames.map((n) => [n, z.array(pattern).min(1)])) as Record<(typeof signalNames)[number], z.ZodArray<typeof pattern>>),
});
export type Data = z.output<typeof schema>;
