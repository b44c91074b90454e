// Types for build.mjs, so tests and the bench can call the build in-process.
export declare const DEFAULT_OUT_DIR: string;
export declare const GLOBAL_NAME: string;
export declare const BUNDLE_GOAL_BYTES: number;
export declare const MANIFEST: {
  timeZone: string;
  dependencies: Record<string, unknown>;
  exceptionLogging: string;
  runtimeVersion: string;
  oauthScopes: string[];
};
export declare function buildAppsScript(options?: { addon?: boolean; outDir?: string }): Promise<{
  outDir: string;
  sizes: Record<'Code.js' | 'Sidebar.html' | 'appsscript.json', number>;
  functions: string[];
}>;
