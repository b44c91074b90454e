// Vite build of the task pane and the ribbon's function file into dist/addin.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  // Icons and the manifest are copied by build.mjs; nothing else is public.
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL('../dist/addin', import.meta.url)),
    emptyOutDir: true,
    target: 'es2020',
    sourcemap: false,
    // The pane is one chunk by design (~180 KB gzipped, measured by build.mjs).
    chunkSizeWarningLimit: 800,
    rollupOptions: {
      input: {
        taskpane: fileURLToPath(new URL('./taskpane.html', import.meta.url)),
        commands: fileURLToPath(new URL('./commands.html', import.meta.url)),
      },
    },
  },
});
