// Matches an AREA cell against the kind's list; near misses get a suggestion (SPEC §4).
import type { PlanKind } from '../types.js';
import { AREA_LISTS } from './area-lists.js';
import { editDistance, normaliseArea } from './normalise-area.js';

export interface AreaMatch {
  /** Canonical name when the text is the name or an alias. */
  canonical: string | null;
  /** Closest canonical name when the text is close but not a known form (typo, truncation). */
  suggestion: string | null;
  /** True when the matched area is an optional group (Quick Wins). */
  optional: boolean;
}

interface Form {
  norm: string;
  name: string;
  optional: boolean;
}

const formsByKind = new Map<PlanKind, Form[]>();

function formsOf(kind: PlanKind): Form[] {
  let forms = formsByKind.get(kind);
  if (!forms) {
    forms = [];
    for (const a of AREA_LISTS[kind].areas) {
      for (const text of [a.name, ...a.aliases]) {
        forms.push({ norm: normaliseArea(text), name: a.name, optional: a.optional === true });
      }
    }
    formsByKind.set(kind, forms);
  }
  return forms;
}

export function matchArea(text: string, kind: PlanKind): AreaMatch {
  const norm = normaliseArea(typeof text === 'string' ? text : String(text ?? ''));
  const none: AreaMatch = { canonical: null, suggestion: null, optional: false };
  if (norm === '') return none;
  const forms = formsOf(kind === 'zi' ? 'zi' : 'rb');
  for (const f of forms) {
    if (f.norm === norm) return { canonical: f.name, suggestion: null, optional: f.optional };
  }
  // A typo: small edit distance relative to the length.
  let best: Form | null = null;
  let bestDistance = Infinity;
  for (const f of forms) {
    const limit = Math.max(2, Math.floor(f.norm.length * 0.15));
    const d = editDistance(norm, f.norm, limit);
    if (d <= limit && d < bestDistance) {
      best = f;
      bestDistance = d;
    }
  }
  if (best) return { canonical: null, suggestion: best.name, optional: false };
  // A truncated or padded name ("Penataan Sistem Manajemen", "Area Manajemen Perubahan 2023").
  if (norm.length >= 10) {
    for (const f of forms) {
      if (f.norm.length >= 10 && (f.norm.startsWith(norm) || norm.includes(f.norm))) {
        return { canonical: null, suggestion: f.name, optional: false };
      }
    }
  }
  return none;
}
