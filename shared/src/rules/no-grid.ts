import type { RuleDef } from './rule.js';

// Raised by findGrid when no header is found; with a grid in the context there is nothing to report.
export const noGrid: RuleDef = {
  id: 'no-grid',
  severity: 'error',
  description: 'No lampiran header (NO, KEGIATAN, INDIKATOR, months) was found in the sheet.',
  check: () => [],
};
