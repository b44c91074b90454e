// Messages of the Google batch commands, Indonesian first; English must hold every key.
import type { Lang } from '../../../shared/src/index.js';

const CREDENTIAL_HINT_ID =
  'setel LAMPIRAN_GOOGLE_ACCESS_TOKEN (mis. `export LAMPIRAN_GOOGLE_ACCESS_TOKEN=$(gcloud auth print-access-token)`) atau GOOGLE_APPLICATION_CREDENTIALS ke berkas kunci akun layanan (atau jalankan `gcloud auth application-default login`)';
const CREDENTIAL_HINT_EN =
  'set LAMPIRAN_GOOGLE_ACCESS_TOKEN (e.g. `export LAMPIRAN_GOOGLE_ACCESS_TOKEN=$(gcloud auth print-access-token)`) or GOOGLE_APPLICATION_CREDENTIALS to a service-account key file (or run `gcloud auth application-default login`)';

export const googleId = {
  'auth.missing': `Kredensial Google tidak ditemukan: ${CREDENTIAL_HINT_ID}.`,
  'auth.keyFile': `Berkas kredensial GOOGLE_APPLICATION_CREDENTIALS tidak dapat dibaca ({detail}): ${CREDENTIAL_HINT_ID}.`,
  'auth.unusable': `Kredensial Google tidak dapat dipakai ({detail}): ${CREDENTIAL_HINT_ID}.`,
  'auth.rejected': `Kredensial Google ditolak (401, token kedaluwarsa atau tidak sah): ${CREDENTIAL_HINT_ID}.`,
  'target.invalid': 'Bukan ID atau URL Google Sheets: "{target}"',
  'folder.invalid': 'Bukan ID atau URL folder Google Drive: "{target}"',
  'rpm.invalid': 'LAMPIRAN_GOOGLE_RPM harus bilangan bulat ≥ 1, bukan "{value}"',
  'sheet.notFound': 'Lembar "{sheet}" tidak ada di spreadsheet "{title}"; lembar yang ada: {sheets}',
  'gid.notFound': 'Lembar dengan gid={gid} tidak ada di spreadsheet "{title}"',
  'sheet.none': 'Spreadsheet "{title}" tidak memiliki lembar berisi sel',
  'status.forbidden':
    'Tidak ada izin membuka spreadsheet {id} (403); bagikan spreadsheet atau foldernya ke akun yang dipakai (email akun layanan)',
  'status.not-found': 'Spreadsheet {id} tidak ditemukan (404)',
  'status.rate-limited': 'Kuota Google API terlampaui; menyerah setelah {attempts} percobaan',
  'status.server': 'Server Google gagal ({status}) setelah {attempts} percobaan',
  'status.network': 'Tidak dapat menghubungi Google API setelah {attempts} percobaan: {detail}',
  'status.error': 'Permintaan ke Google API gagal ({status}): {detail}',
  'status.ok': '{errors} kesalahan, {warnings} peringatan, {infos} info',
  'status.noGrid': 'tidak ditemukan tabel lampiran',
  'folder.forbidden': 'Tidak ada izin membaca folder {id} (403); bagikan folder ke akun yang dipakai',
  'folder.notFound': 'Folder {id} tidak ditemukan (404)',
  'folder.failed': 'Isi folder {id} tidak dapat dibaca: {detail}',
  'folder.empty': 'Folder {id} tidak berisi spreadsheet Google',
  'folder.listedShort': '{count} spreadsheet di folder {id}',
  'folder.listed': '{count} spreadsheet di folder {id}; waktu minimal ±{eta} pada {rpm} permintaan/menit',
  'folder.done':
    'Selesai: {total} spreadsheet — {clean} tanpa kesalahan, {withErrors} dengan kesalahan, {failed} tidak dapat dibuka ({elapsed})',
  'folder.aborted': 'Dihentikan setelah {done} dari {total} spreadsheet.',
  'progress.line': '[{done}/{total}] {title}: {message}{eta}',
  'progress.eta': ' — sisa ±{eta}',
  'progress.bar': '{bar} {percentage}% | {value}/{total} | sisa {eta_formatted} | {title}',
  'summary.written': 'Ringkasan ditulis ke {file}',
  'summary.unwritable': 'Berkas ringkasan {file} tidak dapat ditulis: {detail}',
  'write.done':
    'Sorotan ditulis ke lembar "{sheet}": {ranges} rentang dalam {rules} aturan format bersyarat ({deleted} sorotan lama diganti)',
  'write.cleared':
    'Sorotan lama dihapus dari lembar "{sheet}" ({deleted} aturan); tidak ada temuan untuk disorot',
  'write.none': 'Tidak ada sorotan untuk ditulis di lembar "{sheet}"',
  'write.unchanged': 'Sorotan di lembar "{sheet}" sudah sesuai; tidak ada yang ditulis',
  'write.failed': 'Sorotan tidak dapat ditulis: {detail}',
  'duration.minutes': '{minutes} mnt {seconds} dtk',
  'duration.seconds': '{seconds} dtk',
} as const;

export type GoogleMessageKey = keyof typeof googleId;

export const googleEn = {
  'auth.missing': `No Google credentials found: ${CREDENTIAL_HINT_EN}.`,
  'auth.keyFile': `The GOOGLE_APPLICATION_CREDENTIALS file cannot be read ({detail}): ${CREDENTIAL_HINT_EN}.`,
  'auth.unusable': `The Google credentials cannot be used ({detail}): ${CREDENTIAL_HINT_EN}.`,
  'auth.rejected': `Google rejected the credentials (401, expired or invalid token): ${CREDENTIAL_HINT_EN}.`,
  'target.invalid': 'Not a Google Sheets id or URL: "{target}"',
  'folder.invalid': 'Not a Google Drive folder id or URL: "{target}"',
  'rpm.invalid': 'LAMPIRAN_GOOGLE_RPM must be an integer ≥ 1, not "{value}"',
  'sheet.notFound': 'No sheet "{sheet}" in spreadsheet "{title}"; its sheets: {sheets}',
  'gid.notFound': 'No sheet with gid={gid} in spreadsheet "{title}"',
  'sheet.none': 'Spreadsheet "{title}" has no sheet holding cells',
  'status.forbidden':
    'No permission to open spreadsheet {id} (403); share the spreadsheet or its folder with the account in use (the service account email)',
  'status.not-found': 'Spreadsheet {id} not found (404)',
  'status.rate-limited': 'Google API quota exceeded; gave up after {attempts} attempts',
  'status.server': 'Google server error ({status}) after {attempts} attempts',
  'status.network': 'Cannot reach the Google API after {attempts} attempts: {detail}',
  'status.error': 'Google API request failed ({status}): {detail}',
  'status.ok': '{errors} errors, {warnings} warnings, {infos} infos',
  'status.noGrid': 'no lampiran table found',
  'folder.forbidden': 'No permission to read folder {id} (403); share the folder with the account in use',
  'folder.notFound': 'Folder {id} not found (404)',
  'folder.failed': 'Cannot list folder {id}: {detail}',
  'folder.empty': 'Folder {id} holds no Google spreadsheets',
  'folder.listedShort': '{count} spreadsheets in folder {id}',
  'folder.listed': '{count} spreadsheets in folder {id}; at least ±{eta} at {rpm} requests/minute',
  'folder.done':
    'Done: {total} spreadsheets — {clean} without errors, {withErrors} with errors, {failed} could not be opened ({elapsed})',
  'folder.aborted': 'Stopped after {done} of {total} spreadsheets.',
  'progress.line': '[{done}/{total}] {title}: {message}{eta}',
  'progress.eta': ' — ±{eta} left',
  'progress.bar': '{bar} {percentage}% | {value}/{total} | ETA {eta_formatted} | {title}',
  'summary.written': 'Summary written to {file}',
  'summary.unwritable': 'Cannot write the summary file {file}: {detail}',
  'write.done':
    'Highlights written to sheet "{sheet}": {ranges} ranges in {rules} conditional-format rules ({deleted} earlier highlights replaced)',
  'write.cleared':
    'Earlier highlights removed from sheet "{sheet}" ({deleted} rules); no findings to highlight',
  'write.none': 'No highlights to write on sheet "{sheet}"',
  'write.unchanged': 'Highlights on sheet "{sheet}" are already up to date; nothing written',
  'write.failed': 'Highlights could not be written: {detail}',
  'duration.minutes': '{minutes} min {seconds} s',
  'duration.seconds': '{seconds} s',
} satisfies Record<GoogleMessageKey, string>;

export function gt(key: GoogleMessageKey, lang: Lang, data: Record<string, string | number> = {}): string {
  const template: string = lang === 'en' ? googleEn[key] : googleId[key];
  return template.replace(/\{([A-Za-z_]+)\}/g, (whole, name: string) =>
    name in data ? String(data[name]) : whole,
  );
}

export function durationText(ms: number, lang: Lang): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return minutes > 0
    ? gt('duration.minutes', lang, { minutes, seconds })
    : gt('duration.seconds', lang, { seconds });
}
