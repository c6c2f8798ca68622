import type { Data as SegmentationData } from "../schemas/segmentation.js";
export declare const data: SegmentationData;
