import type { Lang } from "../../types.js";
export declare const writingData: {
    readonly en: {
        thresholds: {
            longSentence: number;
            longParagraph: number;
            readabilityWarn: number;
            readabilityInfo: number;
            readabilityMinWords: number;
        };
        wordy: (string | {
            phrase: string;
            replace: string[];
            fix: boolean;
            exceptions: string[];
            examples: string[];
            note?: string | undefined;
        })[];
        buzzwords: (string | {
            phrase: string;
            replace: string[];
            fix: boolean;
            exceptions: string[];
            examples: string[];
            note?: string | undefined;
        })[];
        cliches: (string | {
            phrase: string;
            replace: string[];
            fix: boolean;
            exceptions: string[];
            examples: string[];
            note?: string | undefined;
        })[];
        hedging: (string | {
            phrase: string;
            replace: string[];
            fix: boolean;
            exceptions: string[];
            examples: string[];
            note?: string | undefined;
        })[];
        selfStyled: (string | {
            phrase: string;
            replace: string[];
            fix: boolean;
            exceptions: string[];
            examples: string[];
            note?: string | undefined;
        })[];
        repeatAllowed: string[];
        passive: {
            auxiliaries: string[];
            suffixes: string[];
            irregular: string[];
            exceptions: string[];
        };
    };
    readonly fr: {
        thresholds: {
            longSentence: number;
            longParagraph: number;
            readabilityWarn: number;
            readabilityInfo: number;
            readabilityMinWords: number;
        };
        wordy: (string | {
            phrase: string;
            replace: string[];
            fix: boolean;
            exceptions: string[];
            examples: string[];
            note?: string | undefined;
        })[];
        buzzwords: (string | {
            phrase: string;
            replace: string[];
            fix: boolean;
            exceptions: string[];
            examples: string[];
            note?: string | undefined;
        })[];
        cliches: (string | {
            phrase: string;
            replace: string[];
            fix: boolean;
            exceptions: string[];
            examples: string[];
            note?: string | undefined;
        })[];
        hedging: (string | {
            phrase: string;
            replace: string[];
            fix: boolean;
            exceptions: string[];
            examples: string[];
            note?: string | undefined;
        })[];
        selfStyled: (string | {
            phrase: string;
            replace: string[];
            fix: boolean;
            exceptions: string[];
            examples: string[];
            note?: string | undefined;
        })[];
        repeatAllowed: string[];
        passive: {
            auxiliaries: string[];
            suffixes: string[];
            irregular: string[];
            exceptions: string[];
        };
    };
};
export declare const writingOf: (lang: Lang) => {
    thresholds: {
        longSentence: number;
        longParagraph: number;
        readabilityWarn: number;
        readabilityInfo: number;
        readabilityMinWords: number;
    };
    wordy: (string | {
        phrase: string;
        replace: string[];
        fix: boolean;
        exceptions: string[];
        examples: string[];
        note?: string | undefined;
    })[];
    buzzwords: (string | {
        phrase: string;
        replace: string[];
        fix: boolean;
        exceptions: string[];
        examples: string[];
        note?: string | undefined;
    })[];
    cliches: (string | {
        phrase: string;
        replace: string[];
        fix: boolean;
        exceptions: string[];
        examples: string[];
        note?: string | undefined;
    })[];
    hedging: (string | {
        phrase: string;
        replace: string[];
        fix: boolean;
        exceptions: string[];
        examples: string[];
        note?: string | undefined;
    })[];
    selfStyled: (string | {
        phrase: string;
        replace: string[];
        fix: boolean;
        exceptions: string[];
        examples: string[];
        note?: string | undefined;
    })[];
    repeatAllowed: string[];
    passive: {
        auxiliaries: string[];
        suffixes: string[];
        irregular: string[];
        exceptions: string[];
    };
};
