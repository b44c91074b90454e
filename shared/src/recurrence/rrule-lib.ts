import * as rruleModule from 'rrule';

type RRuleModule = typeof rruleModule;

// Node's ESM loader reads rrule's UMD build as CommonJS, whose named exports it cannot detect,
// so they sit on `default`; bundlers (esbuild, vite) read its ESM build and expose them directly.
// Reflect.get keeps esbuild from warning about a `default` export the ESM build lacks.
const loaded = Reflect.get(rruleModule, 'default') as RRuleModule | undefined;

export const { RRule, rrulestr } = loaded && typeof loaded.rrulestr === 'function' ? loaded : rruleModule;
