import { z } from "zod";

/** English a/an: the exceptions to "an before a vowel letter". */
export const schema = z.strictObject({
  /** Word starts with a vowel letter but a consonant sound: "a university", "a one-off". */
  consonantSound: z.array(z.string().min(1)),
  /** Word starts with a consonant letter but a vowel sound: "an hour", "an honest". */
  vowelSound: z.array(z.string().min(1)),
  /** Capital letters whose name starts with a vowel sound, for acronyms: "an SEO audit", "an FAQ". */
  vowelLetters: z.string().regex(/^[A-Z]+$/),
});
export type Data = z.output<typeof schema>;
