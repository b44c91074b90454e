// Types of addin/build.mjs for the tests that import it.
export const DEV_BASE_URL: string;
export function baseUrlOf(env?: Record<string, string | undefined>): string;
export function manifestFor(baseUrl: string): string;
export function buildAddin(options?: {
  quiet?: boolean;
}): Promise<{ baseUrl: string; files: string[]; raw: number; gz: number; withinBudget: boolean }>;
