import type { Data as ArticlesData } from "../schemas/articles.js";
export declare const data: ArticlesData;
