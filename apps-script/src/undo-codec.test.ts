import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { chunksOf, decodeCells, encodeCells, utf8Length } from './undo-codec.js';

const sorted = (cells: { row: number; column: number }[]) =>
  [...new Map(cells.map((c) => [`${c.row}:${c.column}`, c])).values()].sort(
    (a, b) => a.row - b.row || a.column - b.column,
  );

describe('encodeCells / decodeCells', () => {
  test.each([
    ['empty', []],
    ['one cell', [{ row: 11, column: 8 }]],
    ['a triwulanan row', [8, 11, 14, 17].map((column) => ({ row: 20, column }))],
    [
      'rows far apart',
      [
        { row: 5, column: 6 },
        { row: 99_999, column: 17 },
      ],
    ],
  ])('%s round-trips', (_name, cells) => {
    expect(decodeCells(encodeCells(cells))).toEqual(sorted(cells));
  });

  test('any set of month cells round-trips (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ row: fc.integer({ min: 1, max: 200_000 }), column: fc.integer({ min: 6, max: 17 }) }),
        ),
        (cells) => {
          expect(decodeCells(encodeCells(cells))).toEqual(sorted(cells));
        },
      ),
    );
  });

  test('compact: 10,000 rows of four marks take about 8 bytes per row', () => {
    const cells = Array.from({ length: 10_000 }, (_, i) =>
      [8, 11, 14, 17].map((column) => ({ row: 10 + i * 3, column })),
    ).flat();
    expect(encodeCells(cells).length).toBeLessThan(10_000 * 9);
  });

  test('damaged text decodes to nothing rather than throwing', () => {
    for (const text of ['', '|', 'zz', '6|a.', '!!|1.2', '6|,,,'])
      expect(() => decodeCells(text)).not.toThrow();
    expect(decodeCells('!!|1.2')).toEqual([]);
  });
});

describe('utf8Length / chunksOf', () => {
  test.each([
    ['abc', 3],
    ['Lembar “Å”', 15],
    ['😀', 4],
  ])('%s is %i bytes', (s, n) => {
    expect(utf8Length(s)).toBe(n);
    expect(utf8Length(s)).toBe(Buffer.byteLength(s));
  });

  test('chunks rejoin to the text and respect the size', () => {
    const text = 'x'.repeat(20_001);
    const parts = chunksOf(text, 8000);
    expect(parts.map((p) => p.length)).toEqual([8000, 8000, 4001]);
    expect(parts.join('')).toBe(text);
  });
});
