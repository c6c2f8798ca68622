import type { Data as ChannelsData } from "../schemas/channels.js";
export declare const data: ChannelsData;
