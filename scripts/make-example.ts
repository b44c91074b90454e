// Builds the bundled sample examples/lampiran-contoh.xlsx (and its .csv twin): a realistic RB
// lampiran of a fictitious office, with a few planted defects for the validator to find.
// Run: npx tsx scripts/make-example.ts
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';

type Cell = string | number | null;

interface Sub {
  text: string;
  indicators: string[];
  months: number[];
  ket?: string;
  /** Planted defect: marks written one column to the right (the last lands in KET). */
  shifted?: boolean;
}
interface Keg {
  text: string;
  subs: Sub[];
}
interface AreaSpec {
  name: string;
  kegiatan: Keg[];
}

const YEAR = 2025;
const OFFICE = 'KOMISI PEMILIHAN UMUM KABUPATEN CONTOH';
const Q = [3, 6, 9, 12];
const ALL = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const S = [6, 12];

// Eight areas of the RB 2020–2024 road map; defects are marked "planted" below.
const AREAS: AreaSpec[] = [
  {
    name: 'Manajemen Perubahan',
    kegiatan: [
      {
        text: '1. Penyusunan Tim dan Rencana Kerja Reformasi Birokrasi',
        subs: [
          {
            text: '1) Pembentukan Tim Reformasi Birokrasi KPU Kabupaten Contoh',
            indicators: ['SK Tim RB ditetapkan'],
            months: [1],
          },
          {
            text: '2) Penyusunan Rencana Aksi RB Tahun 2025',
            indicators: ['Dokumen Rencana Aksi RB'],
            months: [1, 2],
          },
        ],
      },
      {
        text: '2. Pelaksanaan Manajemen Perubahan',
        subs: [
          {
            text: '1) Sosialisasi Reformasi Birokrasi kepada seluruh pegawai',
            indicators: ['Laporan sosialisasi', 'Daftar hadir dan dokumentasi'],
            months: Q,
            ket: 'triwulanan',
          },
          {
            text: '2) Monitoring dan evaluasi pelaksanaan Rencana Aksi RB',
            indicators: ['Laporan monitoring dan evaluasi'],
            months: S,
            ket: 'semester',
          },
          {
            text: '3) Internalisasi nilai-nilai budaya kerja organisasi',
            indicators: ['Pegawai menerapkan budaya kerja'],
            months: [2, 5, 8, 11],
          },
        ],
      },
    ],
  },
  {
    name: 'Penataan Peraturan Perundang-undangan',
    kegiatan: [
      {
        text: '1. Harmonisasi Kebijakan',
        subs: [
          {
            text: '1) Identifikasi dan pemetaan keputusan yang tidak harmonis',
            indicators: ['Daftar keputusan yang perlu direvisi'],
            months: [3],
          },
          // Planted: an activity with no success indicator.
          { text: '2) Evaluasi naskah dinas pengaturan dan penetapan', indicators: [], months: [6, 12] },
        ],
      },
      {
        text: '2. Pengelolaan JDIH',
        subs: [
          {
            text: '1) Pemutakhiran data JDIH KPU Kabupaten Contoh',
            indicators: ['Data JDIH mutakhir dan dapat diakses publik'],
            months: ALL,
            ket: 'setiap bulan',
          },
          {
            text: '2) Publikasi produk hukum pada laman JDIH',
            indicators: ['Produk hukum terpublikasi'],
            months: Q,
            ket: 'triwulanan',
          },
        ],
      },
    ],
  },
  {
    name: 'Penataan dan Penguatan Organisasi',
    kegiatan: [
      {
        text: '1. Evaluasi Kelembagaan',
        subs: [
          {
            text: '1) Evaluasi struktur organisasi sekretariat',
            indicators: ['Laporan evaluasi kelembagaan'],
            months: [4],
          },
          // Planted: an activity with no month scheduled although KET states a rule (fill can fix it).
          {
            text: '2) Penyusunan analisis jabatan dan analisis beban kerja',
            indicators: ['Dokumen Anjab dan ABK'],
            months: [],
            ket: 'triwulanan',
          },
        ],
      },
      {
        text: '2. Penguatan Fungsi Organisasi',
        subs: [
          {
            text: '1) Penyusunan uraian tugas setiap subbagian',
            indicators: ['Uraian tugas ditetapkan'],
            months: [2],
          },
          {
            text: '2) Rapat koordinasi antarsubbagian',
            indicators: ['Notulen rapat koordinasi'],
            months: ALL,
            ket: 'setiap bulan',
          },
        ],
      },
    ],
  },
  {
    // Planted: a misspelt area name.
    name: 'Penataan Tatalaksna',
    kegiatan: [
      {
        text: '1. Penyusunan Proses Bisnis dan SOP',
        subs: [
          {
            text: '1) Penyusunan peta proses bisnis',
            indicators: ['Peta proses bisnis ditetapkan'],
            months: [3, 4],
          },
          {
            text: '2) Penyusunan dan reviu SOP',
            indicators: ['SOP ditetapkan', 'SOP direviu'],
            months: S,
            ket: 'semester',
          },
        ],
      },
      {
        text: '2. Keterbukaan Informasi Publik',
        subs: [
          // Planted: HTML markup pasted into a cell.
          {
            text: '1) Penerapan <i>e-office</i> dalam tata naskah dinas',
            indicators: ['Naskah dinas elektronik'],
            months: [5, 6, 7],
          },
          {
            text: '2) Pengelolaan PPID dan layanan informasi',
            indicators: ['Laporan layanan informasi publik'],
            months: Q,
            ket: 'triwulanan',
          },
        ],
      },
    ],
  },
  {
    name: 'Penataan Sistem Manajemen SDM Aparatur',
    kegiatan: [
      {
        text: '1. Pengembangan Kompetensi Pegawai',
        subs: [
          {
            text: '1) Pemetaan kebutuhan pengembangan kompetensi',
            indicators: ['Dokumen kebutuhan pengembangan kompetensi'],
            months: [2],
          },
          // Planted: marks pushed one column to the right; the December mark lands in KET.
          {
            text: '2) Bimbingan teknis kepemiluan bagi pegawai',
            indicators: ['Pegawai mengikuti bimtek'],
            months: [6, 12],
            shifted: true,
          },
        ],
      },
      {
        text: '2. Manajemen Kinerja Pegawai',
        subs: [
          { text: '1) Penyusunan SKP pegawai', indicators: ['SKP seluruh pegawai'], months: [1] },
          {
            text: '2) Penilaian kinerja pegawai',
            indicators: ['Hasil penilaian kinerja'],
            months: S,
            ket: 'semester',
          },
          // Planted: broken numbering (3) is missing).
          {
            text: '4) Penegakan disiplin pegawai',
            indicators: ['Rekap kehadiran pegawai'],
            months: ALL,
            ket: 'setiap bulan',
          },
        ],
      },
    ],
  },
  {
    name: 'Penguatan Akuntabilitas Kinerja',
    kegiatan: [
      {
        text: '1. Perencanaan Kinerja',
        subs: [
          {
            text: '1) Penyusunan Perjanjian Kinerja',
            indicators: ['Perjanjian Kinerja ditandatangani'],
            months: [1],
          },
          { text: '2) Penyusunan Rencana Kerja Tahunan', indicators: ['Dokumen RKT'], months: [1, 2] },
        ],
      },
      {
        text: '2. Pelaporan Kinerja',
        subs: [
          {
            text: '1) Penyusunan laporan capaian kinerja',
            indicators: ['Laporan capaian kinerja'],
            months: Q,
            ket: 'triwulanan',
          },
          { text: '2) Penyusunan LKjIP', indicators: ['Dokumen LKjIP'], months: [1] },
        ],
      },
    ],
  },
  {
    name: 'Penguatan Pengawasan',
    kegiatan: [
      {
        text: '1. Pengendalian Gratifikasi dan Benturan Kepentingan',
        subs: [
          {
            text: '1) Sosialisasi pengendalian gratifikasi',
            indicators: ['Laporan sosialisasi gratifikasi'],
            months: [3, 9],
          },
          {
            text: '2) Penandatanganan pakta integritas',
            indicators: ['Pakta integritas seluruh pegawai'],
            months: [1],
          },
        ],
      },
      {
        text: '2. Penerapan SPIP',
        subs: [
          {
            text: '1) Penilaian risiko unit kerja',
            indicators: ['Register risiko'],
            months: S,
            ket: 'semester',
          },
          {
            text: '2) Pengelolaan pengaduan masyarakat (Whistle Blowing System)',
            indicators: ['Laporan pengelolaan pengaduan'],
            months: Q,
            ket: 'triwulanan',
          },
        ],
      },
    ],
  },
  {
    name: 'Peningkatan Kualitas Pelayanan Publik',
    kegiatan: [
      {
        text: '1. Standar Pelayanan',
        subs: [
          {
            text: '1) Penyusunan standar pelayanan informasi kepemiluan',
            indicators: ['Standar pelayanan ditetapkan'],
            months: [2],
          },
          {
            text: '2) Survei kepuasan masyarakat',
            indicators: ['Indeks kepuasan masyarakat'],
            months: S,
            ket: 'semester',
          },
        ],
      },
      {
        text: '2. Inovasi Pelayanan',
        subs: [
          {
            text: '1) Pengembangan layanan informasi daring',
            indicators: ['Layanan daring tersedia'],
            months: [4, 5, 6],
          },
          { text: '2) Evaluasi pelayanan publik', indicators: ['Laporan evaluasi pelayanan'], months: [12] },
        ],
      },
    ],
  },
];

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agt', 'Sep', 'Okt', 'Nov', 'Des'];
const FIRST_COL = 2; // the grid starts in column B, as in many real sheets
const WIDTH = 18;
const LAST_COL = FIRST_COL + WIDTH - 1;
const MARK = '√';

interface Built {
  rows: Cell[][];
  merges: { top: number; left: number; bottom: number; right: number }[];
  headerBlocks: number[];
  dataRows: number[];
  titleRows: number[];
  signatureStart: number;
}

function build(): Built {
  const rows: Cell[][] = [];
  const merges: Built['merges'] = [];
  const headerBlocks: number[] = [];
  const dataRows: number[] = [];
  const put = (r: number, c: number, v: Cell): void => {
    while (rows.length < r) rows.push([]);
    const row = rows[r - 1]!;
    while (row.length < c) row.push(null);
    row[c - 1] = v;
  };
  const col = (logical: number): number => FIRST_COL + logical - 1;
  const tall = (top: number, c: number, bottom: number): void => {
    if (bottom > top) merges.push({ top, left: c, bottom, right: c });
  };

  put(1, col(13), 'LAMPIRAN');
  put(2, col(13), `KEPUTUSAN ${OFFICE}`);
  put(3, col(13), `NOMOR 12 TAHUN ${YEAR}`);
  put(4, col(13), `TENTANG RENCANA AKSI REFORMASI BIROKRASI DI LINGKUNGAN ${OFFICE} TAHUN ${YEAR}`);
  for (const r of [1, 2, 3, 4]) merges.push({ top: r, left: col(13), bottom: r, right: LAST_COL });
  put(6, FIRST_COL, 'RENCANA AKSI REFORMASI BIROKRASI');
  put(7, FIRST_COL, `DI LINGKUNGAN ${OFFICE} TAHUN ${YEAR}`);
  merges.push(
    { top: 6, left: FIRST_COL, bottom: 6, right: LAST_COL },
    { top: 7, left: FIRST_COL, bottom: 7, right: LAST_COL },
  );

  const header = (r: number): void => {
    headerBlocks.push(r);
    const titles = ['NO', 'AREA PERUBAHAN', 'KEGIATAN', 'SUB KEGIATAN', 'INDIKATOR KEBERHASILAN'];
    titles.forEach((h, i) => {
      put(r, col(i + 1), h);
      tall(r, col(i + 1), r + 1);
    });
    put(r, col(6), 'PELAKSANAAN (BULAN)');
    merges.push({ top: r, left: col(6), bottom: r, right: col(17) });
    put(r, col(18), 'KET.');
    tall(r, col(18), r + 1);
    MONTH_NAMES.forEach((m, i) => put(r + 1, col(6 + i), m));
    for (let i = 1; i <= WIDTH; i++) put(r + 2, col(i), i);
  };

  let r = 9;
  header(r);
  r += 3;
  AREAS.forEach((area, ai) => {
    if (ai === 4) {
      // A page break of the printed original: the header block repeated inside the table.
      header(r);
      r += 3;
    }
    const areaTop = r;
    put(r, col(1), ai + 1);
    put(r, col(2), area.name);
    for (const keg of area.kegiatan) {
      const kegTop = r;
      put(r, col(3), keg.text);
      for (const sub of keg.subs) {
        const subTop = r;
        put(r, col(4), sub.text);
        const lines = sub.indicators.length === 0 ? [null] : sub.indicators;
        lines.forEach((ind, k) => {
          put(r + k, col(5), ind);
          dataRows.push(r + k);
          // Pad every data row to the grid's width so exports keep 18 columns.
          put(r + k, LAST_COL, rows[r + k - 1]?.[LAST_COL - 1] ?? null);
        });
        for (const m of sub.months) put(subTop, col(5 + m) + (sub.shifted ? 1 : 0), MARK);
        if (sub.ket) put(subTop, col(18), sub.ket);
        tall(subTop, col(4), subTop + lines.length - 1);
        r += lines.length;
      }
      tall(kegTop, col(3), r - 1);
    }
    tall(areaTop, col(1), r - 1);
    tall(areaTop, col(2), r - 1);
  });
  const signatureStart = r + 1;
  const sig = [
    'Ditetapkan di Kota Contoh',
    `pada tanggal 6 Januari ${YEAR}`,
    `KETUA ${OFFICE},`,
    null,
    null,
    'ttd.',
    null,
    'NAMA KETUA CONTOH',
  ];
  sig.forEach((v, i) => {
    if (v !== null) {
      put(signatureStart + i, col(13), v);
      merges.push({ top: signatureStart + i, left: col(13), bottom: signatureStart + i, right: LAST_COL });
    }
  });
  return { rows, merges, headerBlocks, dataRows, titleRows: [1, 2, 3, 4, 6, 7], signatureStart };
}

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

function workbookOf(b: Built): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'lampiran';
  wb.created = new Date(Date.UTC(YEAR, 0, 6));
  wb.modified = wb.created;
  const ws = wb.addWorksheet('Lampiran', {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${b.headerBlocks[0]}:${b.headerBlocks[0]! + 2}`,
    },
    properties: { defaultRowHeight: 15 },
  });
  const widths = [3, 5, 24, 30, 42, 32, ...new Array(12).fill(4.5), 14];
  ws.columns = widths.map((width) => ({ width, style: { font: { name: 'Arial', size: 10 } } }));
  b.rows.forEach((row, i) => {
    row.forEach((v, j) => {
      if (v !== null) ws.getCell(i + 1, j + 1).value = v;
    });
  });
  for (const r of b.titleRows) {
    const c = ws.getCell(r, r <= 4 ? FIRST_COL + 12 : FIRST_COL);
    c.font = { name: 'Arial', size: r >= 6 ? 12 : 10, bold: r >= 6 };
    c.alignment = { horizontal: r >= 6 ? 'center' : 'left', vertical: 'middle', wrapText: r === 4 };
  }
  ws.getRow(4).height = 28;
  for (const top of b.headerBlocks) {
    for (let r = top; r <= top + 2; r++) {
      for (let c = FIRST_COL; c <= LAST_COL; c++) {
        const cell = ws.getCell(r, c);
        cell.font = { name: 'Arial', size: 10, bold: r < top + 2, italic: r === top + 2 };
        cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
        cell.border = THIN;
        cell.fill = {
          type: 'pattern',
          pattern: 'solid',
          fgColor: { argb: r === top + 2 ? 'FFF2F2F2' : 'FFD9E2F3' },
        };
      }
    }
  }
  for (const r of b.dataRows) {
    for (let c = FIRST_COL; c <= LAST_COL; c++) {
      const cell = ws.getCell(r, c);
      const month = c >= FIRST_COL + 5 && c <= FIRST_COL + 16;
      cell.border = THIN;
      cell.font = { name: 'Arial', size: 10 };
      cell.alignment = month
        ? { horizontal: 'center', vertical: 'middle' }
        : { vertical: 'top', wrapText: true };
    }
  }
  for (let i = 0; i < 8; i++) {
    const cell = ws.getCell(b.signatureStart + i, FIRST_COL + 12);
    cell.font = { name: 'Arial', size: 10, bold: i === 2 || i === 7 };
    cell.alignment = { horizontal: 'center' };
  }
  for (const m of b.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  return wb;
}

/** The CSV twin as Excel (Indonesian locale) saves it: semicolons, BOM, CRLF, padded rows. */
function csvOf(b: Built): string {
  const width = b.rows.reduce((m, r) => Math.max(m, r.length), 0);
  const rows = b.rows.map((r) =>
    Array.from({ length: width }, (_, j) => (r[j] === null || r[j] === undefined ? '' : String(r[j]))),
  );
  return `\ufeff${Papa.unparse(rows, { delimiter: ';', newline: '\r\n' })}\r\n`;
}

async function makeExample(dir: string): Promise<void> {
  const built = build();
  await fs.mkdir(dir, { recursive: true });
  await workbookOf(built).xlsx.writeFile(path.join(dir, 'lampiran-contoh.xlsx'));
  await fs.writeFile(path.join(dir, 'lampiran-contoh.csv'), csvOf(built), 'utf8');
  await fs.mkdir(path.join(dir, 'out'), { recursive: true });
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
await makeExample(path.join(root, 'examples'));
console.log('examples/lampiran-contoh.xlsx, examples/lampiran-contoh.csv');
