import type { Data as DisclosureData } from "../schemas/disclosure.js";
export declare const data: DisclosureData;
