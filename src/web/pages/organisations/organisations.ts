export const ORGANISATIONS_KEY = ["organisations"] as const;
