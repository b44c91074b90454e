// What the pane may ask of the host, as plain async functions: the components never see Excel.
import type * as excel from '../excel.js';

export interface PaneActions {
  validate: typeof excel.validateActiveSheet;
  clearHighlights: typeof excel.clearHighlights;
  selectRange: typeof excel.selectRange;
  saveIgnored: typeof excel.saveIgnored;
  previewFill: typeof excel.previewFill;
  applyFill: typeof excel.applyFill;
  undoFill: typeof excel.undoFill;
  insertTemplate: typeof excel.insertTemplate;
  writeReport: typeof excel.writeReport;
}
