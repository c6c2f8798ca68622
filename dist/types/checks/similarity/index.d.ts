export declare function fingerprint(text: string): {
    hash: string;
    signature: number[];
};
