/// <reference types="office-js" />
// The ribbon's function file: "Hapus sorotan" runs here without opening the pane.
import { clearHighlights } from './excel.js';

async function clearFromRibbon(event: Office.AddinCommands.Event): Promise<void> {
  try {
    // The outcome (removed count or a protection message) is shown by the pane on its next
    // validation; a ribbon command has no surface of its own to show it on.
    await clearHighlights();
  } finally {
    event.completed();
  }
}

void Office.onReady(() => {
  // Newer hosts look functions up through associate(); older ones call the global by name.
  (globalThis as unknown as Record<string, unknown>).clearHighlights = clearFromRibbon;
  if (Office.actions && typeof Office.actions.associate === 'function')
    Office.actions.associate('clearHighlights', clearFromRibbon);
});
