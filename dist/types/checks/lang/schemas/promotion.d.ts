import { z } from "zod";
export declare const signalNames: readonly ["offer", "promoCode", "contest", "urgency", "callToBuy", "engagementBait", "selfPraise", "spam"];
export declare const schema: z.ZodObject<{
    signals: z.ZodObject<{
        offer: z.ZodArray<z.ZodString>;
        promoCode: z.ZodArray<z.ZodString>;
        contest: z.ZodArray<z.ZodString>;
        urgency: z.ZodArray<z.ZodString>;
        callToBuy: z.ZodArray<z.ZodString>;
        engagementBait: z.ZodArray<z.ZodString>;
        selfPraise: z.ZodArray<z.ZodString>;
        spam: z.ZodArray<z.ZodString>;
    }, z.core.$strict>;
}, z.core.$strict>;
export type Data = z.output<typeof schema>;
