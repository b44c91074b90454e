/// <reference types="office-js" />
// Entry of the task pane: waits for Office, picks the language, renders the app once.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import type { Lang } from '../../../shared/src/index.js';
import * as excel from '../excel.js';
import { App, type PaneMessage } from './app.js';

const LANG_KEY = 'lampiranChecker.lang';

/** The user's earlier choice in this pane, else Office's display language. */
function initialLang(): Lang {
  try {
    const saved = window.localStorage.getItem(LANG_KEY);
    if (saved === 'id' || saved === 'en') return saved;
  } catch {
    // Storage can be blocked in some Office webviews; fall back to Office's language.
  }
  return excel.officeLang();
}

function remember(lang: Lang): void {
  try {
    window.localStorage.setItem(LANG_KEY, lang);
  } catch {
    // Not remembered across sessions; the switch still works for this one.
  }
}

function render(blocked: PaneMessage | null, lang: Lang): void {
  const root = document.getElementById('root');
  if (!root) return;
  const autoValidate = new URLSearchParams(window.location.search).get('run') === 'validate';
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <App
        actions={{
          validate: excel.validateActiveSheet,
          clearHighlights: excel.clearHighlights,
          selectRange: excel.selectRange,
          saveIgnored: excel.saveIgnored,
          previewFill: excel.previewFill,
          applyFill: excel.applyFill,
          undoFill: excel.undoFill,
          insertTemplate: excel.insertTemplate,
          writeReport: excel.writeReport,
        }}
        initialLang={lang}
        autoValidate={autoValidate}
        blocked={blocked}
        onLangChange={remember}
      />
    </FluentProvider>,
  );
}

if (typeof Office === 'undefined') {
  render({ key: 'error.notExcel' }, 'id');
} else {
  void Office.onReady((info) => {
    // Outside Excel (a plain browser, another Office app) there is no workbook to work on.
    if (info.host !== Office.HostType.Excel) return render({ key: 'error.notExcel' }, initialLang());
    const blocked: PaneMessage | null = excel.supports(excel.MIN_EXCEL_API)
      ? null
      : { key: 'error.requirementSet', data: { set: `ExcelApi ${excel.MIN_EXCEL_API}` } };
    render(blocked, initialLang());
  });
}
