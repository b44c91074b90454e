// Served in place of office.js in the browser test: a FakeExcelHost set up from
// window.__lampiranFake (written by the test before the page loads), exposed as window.__fakeHost.
import { FakeExcelHost, type FakeValue } from '../fake-excel.js';

interface Setup {
  sheet: string;
  values: (FakeValue | null)[][];
  displayLanguage?: string;
  excelApi?: number;
}

const w = window as unknown as { __lampiranFake?: Setup; __fakeHost?: FakeExcelHost } & Record<
  string,
  unknown
>;
const setup: Setup = w.__lampiranFake ?? { sheet: 'Lampiran', values: [] };
const host = new FakeExcelHost({
  displayLanguage: setup.displayLanguage ?? 'id-ID',
  excelApi: setup.excelApi ?? 13,
});
host.workbook.addSheet(setup.sheet, setup.values);
host.install(w);
w.__fakeHost = host;
