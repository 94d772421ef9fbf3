import type { ApiToken, Items } from "../../api/types.js";

export const TOKENS_KEY = ["auth", "tokens"] as const;
export type TokenList = Items<ApiToken>;
