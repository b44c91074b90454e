// Finding messages in Indonesian, written for office staff: what is wrong and where to look.
// Cell text arrives in `data` as plain text; renderers escape it, never these functions.
import type { MessageData } from '../types.js';
import { field as f, monthList, monthName } from './format.js';

export type MessageFn = (data: MessageData) => string;

function monthOf(data: MessageData): string {
  const n = Number(f(data, 'month'));
  return Number.isInteger(n) && n >= 1 && n <= 12 ? monthName(n, 'id', 'long') : f(data, 'month');
}

export const messagesId = {
  'no-grid': () =>
    'Tabel lampiran tidak ditemukan: tidak ada baris judul kolom (NO, KEGIATAN, INDIKATOR KEBERHASILAN, bulan pelaksanaan) di lembar ini',
  'missing-column': (d) =>
    f(d, 'column').toUpperCase().startsWith('KET')
      ? `Kolom ${f(d, 'column')} tidak ada — tabel lama tanpa keterangan; aturan jadwal tidak dapat dibaca dari KET`
      : `Kolom ${f(d, 'column')} tidak ada di tabel lampiran`,
  'month-header': (d) =>
    `Judul kolom bulan bukan 12 bulan berurutan dari Januari sampai Desember; tertulis: ${f(d, 'found')}`,
  'column-numbers': (d) =>
    `Baris nomor kolom seharusnya berurutan 1 sampai ${f(d, 'expected')}; tertulis: ${f(d, 'found')}`,
  'repeated-header': (d) =>
    `Judul tabel muncul lagi di tengah tabel (${f(d, 'rows')} baris, bekas pergantian halaman); baris-baris ini dilewati`,
  'extra-cell': (d) =>
    `Ada isi di luar tabel, di kanan kolom ${f(d, 'lastColumn')}: “${f(d, 'value')}” — kemungkinan baris bergeser saat ditempel`,
  'orphan-row': () => 'Baris berisi data, tetapi belum ada area perubahan atau kegiatan di atasnya',
  'unknown-area': (d) => `Nama area perubahan tidak dikenal: “${f(d, 'text')}”`,
  'unknown-area.suggest': (d) =>
    `Nama area perubahan tidak dikenal: “${f(d, 'text')}” — mungkin maksudnya “${f(d, 'suggestion')}”`,
  'missing-area': (d) => `Area perubahan ${f(d, 'kind')} “${f(d, 'area')}” tidak ada dalam lampiran`,
  'numbering.no': (d) =>
    `Nomor area perubahan tidak urut: tertulis “${f(d, 'found')}”, seharusnya “${f(d, 'expected')}”`,
  'numbering.kegiatan': (d) =>
    `Nomor kegiatan tidak urut: tertulis “${f(d, 'found')}”, seharusnya “${f(d, 'expected')}”`,
  'numbering.sub': (d) =>
    `Nomor sub kegiatan tidak urut: tertulis “${f(d, 'found')}”, seharusnya “${f(d, 'expected')}”`,
  'missing-indicator': (d) => `Kegiatan tanpa indikator keberhasilan: “${f(d, 'activity')}”`,
  unscheduled: (d) => `Kegiatan belum dijadwalkan, tidak ada bulan yang dicentang: “${f(d, 'activity')}”`,
  'invalid-mark': (d) => `Isi sel bulan ${monthOf(d)} bukan tanda centang: “${f(d, 'value')}”`,
  'shifted-row': (d) =>
    `Baris tampak bergeser: isi sel tidak cocok dengan kolomnya (“${f(d, 'value')}”) — periksa apakah isi baris pindah kolom saat ditempel`,
  'mark-in-ket': (d) =>
    `Tanda centang berada di kolom KET (“${f(d, 'value')}”) — kemungkinan bergeser satu kolom ke kanan`,
  'schedule-mismatch': (d) =>
    `Jadwal tidak sesuai dengan aturan “${f(d, 'rule')}”: seharusnya ${monthList(d['expected'], 'id')}, yang dicentang ${monthList(d['found'], 'id')}`,
  'unresolved-recurrence': (d) =>
    `Jadwal “${f(d, 'phrase')}” tidak dapat diterjemahkan menjadi bulan; centang bulan pelaksanaannya sendiri`,
  markup: (d) => `Sel berisi kode HTML ${f(d, 'tag')}; hapus kodenya agar teks tampil bersih saat dicetak`,
} satisfies Record<string, MessageFn>;

export type MessageId = keyof typeof messagesId;
