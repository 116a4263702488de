import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { manifestCommands } from './lib/commands';
import { contentScriptCompileHint, runsInPages, withoutPolyfill } from './scripts/content-script-build';
import { lexiconTable } from './scripts/lexicon-table';
import { traditionalText } from './scripts/traditional-text';
import { CONTENT_SCRIPT_MATCHES } from './highlighter/matches';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Every name is imported where it is used, so a reader can follow it.
  imports: false,
  vite: () => ({ plugins: [preact(), lexiconTable(), traditionalText(), contentScriptCompileHint()] }),
  hooks: {
    'vite:build:extendConfig'(entrypoints, config) {
      if (entrypoints.every(runsInPages)) withoutPolyfill(config);
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'Lumbar Lens',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    action: { default_title: '__MSG_actionTitle__' },
    // The gate (entrypoints/highlight-gate.ts) and the highlights' styles, declared here rather than
    // as a WXT content script, whose wrapper would announce itself to every page.
    content_scripts: [
      {
        matches: CONTENT_SCRIPT_MATCHES,
        js: ['highlight-gate.js'],
        css: ['content-scripts/highlights.css'],
        all_frames: true,
        // Frames without an address of their own (srcdoc, about:blank) are part of the page too.
        match_about_blank: true,
        run_at: 'document_idle',
      },
    ],
    // scripting injects the highlight engine into the frames whose gate asks for it, on the same
    // pages the content script runs on: the same "all your data on all websites" the content
    // script's matches already mean, and no warning of its own.
    permissions: ['storage', 'search', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: [...CONTENT_SCRIPT_MATCHES],
    commands: manifestCommands(browser),
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'lumbar-lens@lumbarlens.app',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android reads data_collection_permissions from 142 on.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  zip: {
    // The sources zip holds what a reviewer needs to rebuild; not the corpus, the pictures, tests' output or profiles.
    excludeSources: ['.output/**', '.wxt/**', 'docs/**', 'store/images/**', 'test-results/**', '**/.profile*/**'],
  },
});
