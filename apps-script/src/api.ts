// The contract between the sidebar and the server functions it calls through google.script.run.
// Only JSON-plain data crosses it (google.script.run drops Dates, functions and class instances).
import type {
  Anchor,
  FillSkip,
  FillWrite,
  Finding,
  Lang,
  PlanKind,
  Summary,
} from '../../shared/src/types.js';

/** Server replies never throw across the bridge: a user problem is a one-line message. */
export type Reply<T> = { ok: true; value: T } | { ok: false; message: string };

export interface Settings {
  lang: Lang;
  anchor: Anchor;
  infer: boolean;
}

export interface ValidateReply {
  sheet: string;
  grid: { range: string; kind: PlanKind; year: number } | null;
  /** Every finding, ignored ones included; the sidebar hides those whose key is in `ignored`. */
  findings: Finding[];
  ignored: string[];
  /** Counts without the ignored findings. */
  summary: Summary;
  /** Rectangles painted as conditional-format highlights. */
  highlighted: number;
  /** Set when the findings are fine but the highlights could not be written. */
  highlightError: string | null;
}

export interface FillRequest extends Settings {
  /** Explicit rule for the selected rows ("triwulanan", "RRULE:…"); empty = the KET column. */
  rule: string;
}

export interface FillPreview {
  sheet: string;
  writes: FillWrite[];
  skipped: FillSkip[];
  rows: number[];
  /** Per row: the months that will be ticked and the rule that asks for them. */
  details: { row: number; months: number[]; rule: string }[];
  /** Rows of the selection the explicit rule applies to (empty when no rule given). */
  selectedRows: number[];
}

export interface FillDone {
  sheet: string;
  cells: number;
  rows: number;
  /** True when some previewed cells were no longer empty or no longer planned. */
  stale: boolean;
}

export interface UndoInfo {
  sheet: string;
  cells: number;
}

export interface TemplateRequest {
  lang: Lang;
  kind: PlanKind;
  year: number;
}

/** What the sidebar reads when it starts: passed inline by the server that opened it. */
export interface Boot {
  lang: Lang;
  view: 'findings' | 'fill' | 'template';
  result: ValidateReply | null;
  undo: UndoInfo | null;
  year: number;
  /** Error to show right away (e.g. the menu validation could not paint highlights). */
  message: string | null;
}

/** The server functions the sidebar may call, by their Apps Script name. */
export interface SidebarApi {
  lampiranValidate(settings: Settings): Reply<ValidateReply>;
  lampiranActivate(sheet: string, range: string, lang: Lang): Reply<string>;
  lampiranSetIgnored(sheet: string, key: string, ignored: boolean, settings: Settings): Reply<ValidateReply>;
  lampiranPreviewFill(request: FillRequest): Reply<FillPreview>;
  lampiranApplyFill(request: FillRequest, sheet: string, cells: string[]): Reply<FillDone>;
  lampiranUndoFill(lang: Lang): Reply<number>;
  lampiranUndoInfo(lang: Lang): Reply<UndoInfo | null>;
  lampiranClearHighlights(lang: Lang): Reply<number>;
  lampiranInsertTemplate(request: TemplateRequest): Reply<string>;
}
