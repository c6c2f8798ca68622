import { z } from "zod";

/** A phrase to flag: literal words (matched case-insensitively on word boundaries; `*` = any one word). */
export const entry = z.union([
  z.string().min(2),
  z.strictObject({
    phrase: z.string().min(2),
    /** Shorter or plainer alternatives, shown as suggestions (the first one becomes a fix when `fix: true`). */
    replace: z.array(z.string()).default([]),
    fix: z.boolean().default(false),
    /** Longer phrases containing this one that are fine ("mental" but not "mental health"). */
    exceptions: z.array(z.string().min(2)).default([]),
    note: z.string().optional(),
    /** Sentences that must be flagged by this entry (run by the data test). */
    examples: z.array(z.string()).default([]),
  }),
]);
export type Entry = z.output<typeof entry>;

export const schema = z.strictObject({
  thresholds: z.strictObject({
    /** Words in a sentence: warning above `longSentence`; `veryLongSentence` is quoted in messages. */
    longSentence: z.number().int().min(10),
    /** Words in a paragraph (blog formats only). */
    longParagraph: z.number().int().min(30),
    /** Readability score (Flesch / Kandel–Moles): warning below `readabilityWarn`, info below `readabilityInfo`. */
    readabilityWarn: z.number(),
    readabilityInfo: z.number(),
    /** Minimum words for readability to mean anything. */
    readabilityMinWords: z.number().int().min(10),
  }),
  wordy: z.array(entry),
  buzzwords: z.array(entry),
  cliches: z.array(entry),
  hedging: z.array(entry),
  selfStyled: z.array(entry),
  /** Words that may legitimately stand twice in a row (« nous nous », "had had"). */
  repeatAllowed: z.array(z.string().min(1)),
  passive: z.strictObject({
    auxiliaries: z.array(z.string().min(2)),
    /** Regular participle endings. */
    suffixes: z.array(z.string().min(1)),
    irregular: z.array(z.string().min(2)),
    /** Adjectives that look like participles ("interested", « connu » used as adjective). */
    exceptions: z.array(z.string().min(2)),
  }),
});
export type Data = z.output<typeof schema>;
