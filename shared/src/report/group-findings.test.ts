import { describe, expect, it } from 'vitest';
import { groupFindings } from './group-findings.js';
import { finding } from './test-fixtures.js';

describe('groupFindings', () => {
  const f1 = finding('numbering', 'warning', { row: 9, column: 3 }, { area: 'Manajemen Perubahan' });
  const f2 = finding('missing-indicator', 'error', { row: 10, column: 5 }, { area: 'Manajemen Perubahan' });
  const f3 = finding('markup', 'info', { row: 11, column: 4 }, { area: 'Penataan Tatalaksana' });
  const f4 = finding('unscheduled', 'error', { row: 12, column: 6 }, { area: 'Penataan Tatalaksana' });
  const f5 = finding('missing-area', 'warning', null, { area: null });
  const f6 = finding('missing-indicator', 'error', { row: 14, column: 5 }, { area: 'Manajemen Perubahan' });
  const f7 = finding('invalid-mark', 'warning', { row: 15, column: 7 }, { area: 'Manajemen Perubahan' });

  it('orders severities error, warning, info; areas by first appearance; findings stably', () => {
    const groups = groupFindings([f1, f2, f3, f4, f5, f6, f7]);
    expect(groups.map((g) => [g.severity, g.count])).toEqual([
      ['error', 3],
      ['warning', 3],
      ['info', 1],
    ]);
    expect(groups[0]!.areas).toEqual([
      { area: 'Manajemen Perubahan', findings: [f2, f6] },
      { area: 'Penataan Tatalaksana', findings: [f4] },
    ]);
    expect(groups[1]!.areas).toEqual([
      { area: 'Manajemen Perubahan', findings: [f1, f7] },
      { area: null, findings: [f5] },
    ]);
    expect(groups[2]!.areas).toEqual([{ area: 'Penataan Tatalaksana', findings: [f3] }]);
  });

  it('leaves out severities with no finding', () => {
    expect(groupFindings([f3]).map((g) => g.severity)).toEqual(['info']);
    expect(groupFindings([])).toEqual([]);
  });

  it('counts every finding exactly once', () => {
    const all = [f1, f2, f3, f4, f5, f6, f7];
    const flat = groupFindings(all).flatMap((g) => g.areas.flatMap((a) => a.findings));
    expect(flat).toHaveLength(all.length);
    expect(new Set(flat)).toEqual(new Set(all));
  });
});
