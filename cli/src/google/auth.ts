// Credentials, in the order the docs give: a bearer token from LAMPIRAN_GOOGLE_ACCESS_TOKEN, else
// Application Default Credentials (GOOGLE_APPLICATION_CREDENTIALS, gcloud ADC, metadata server).
// The auth classes come from the client package itself so they match its google-auth-library.
import { auth as googleAuth } from '@googleapis/sheets';
import type { Lang } from '../../../shared/src/index.js';
import { gt } from './messages.js';

export const SCOPES = {
  spreadsheets: 'https://www.googleapis.com/auth/spreadsheets',
  spreadsheetsReadonly: 'https://www.googleapis.com/auth/spreadsheets.readonly',
  driveReadonly: 'https://www.googleapis.com/auth/drive.readonly',
} as const;

export type GoogleCredential =
  InstanceType<typeof googleAuth.OAuth2> | InstanceType<typeof googleAuth.GoogleAuth>;

export type AuthResult =
  { ok: true; auth: GoogleCredential; kind: 'token' | 'adc' } | { ok: false; message: string };

/** Least privilege: read-only Sheets scope unless highlights are to be written. */
export function scopesFor(write: boolean): string[] {
  return [write ? SCOPES.spreadsheets : SCOPES.spreadsheetsReadonly, SCOPES.driveReadonly];
}

function detailOf(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.replace(/\s+/g, ' ').trim().slice(0, 160);
}

export async function resolveCredential(
  env: Record<string, string | undefined>,
  write: boolean,
  lang: Lang,
): Promise<AuthResult> {
  const token = env.LAMPIRAN_GOOGLE_ACCESS_TOKEN?.trim();
  if (token) {
    const client = new googleAuth.OAuth2();
    client.setCredentials({ access_token: token });
    return { ok: true, auth: client, kind: 'token' };
  }
  const keyFilename = env.GOOGLE_APPLICATION_CREDENTIALS?.trim() || undefined;
  const adc = new googleAuth.GoogleAuth({
    scopes: scopesFor(write),
    ...(keyFilename ? { keyFilename } : {}),
  });
  try {
    // Fetch a token now so a missing or broken credential fails before any spreadsheet is touched.
    const client = await adc.getClient();
    await client.getAccessToken();
    return { ok: true, auth: adc, kind: 'adc' };
  } catch (e) {
    const detail = detailOf(e);
    if (/Could not load the default credentials/i.test(detail))
      return { ok: false, message: gt('auth.missing', lang) };
    const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
    if (
      keyFilename &&
      (code === 'ENOENT' ||
        code === 'EACCES' ||
        code === 'EISDIR' ||
        e instanceof SyntaxError ||
        /JSON|ENOENT|no such file/i.test(detail))
    ) {
      return { ok: false, message: gt('auth.keyFile', lang, { detail }) };
    }
    return { ok: false, message: gt('auth.unusable', lang, { detail }) };
  }
}
