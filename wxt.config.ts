import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The e2e and bench runs cannot click the toolbar to grant activeTab, so their build may carry a
// host permission for the loopback test server (VERBATIM_TEST_BUILD=1). Release builds never do.
const testBuild = process.env.VERBATIM_TEST_BUILD === '1';

export default defineConfig({
  // Every file imports what it uses (the CLI and the tests must anyway); no WXT auto-imports.
  imports: false,
  // The test build goes to its own folder so it never overwrites the release build in .output/.
  // (VERBATIM_OUT_DIR lets the bench build apart from a concurrent e2e run.)
  outDir: testBuild ? (process.env.VERBATIM_OUT_DIR ?? '.output/test') : '.output',
  vite: () => ({
    plugins: [preact()],
    // Test-only code paths (the popup's ?tab= parameter) are compiled out of release builds.
    define: { __VERBATIM_TEST_BUILD__: JSON.stringify(testBuild) },
    // `npm run bench -- --profile` wants readable function names in its CPU profile
    ...(process.env.VERBATIM_NO_MINIFY === '1' ? { build: { minify: false } } : {}),
  }),
  // MV2 (Firefox) has no optional_host_permissions and names the action command differently; WXT
  // drops the MV3 keys there instead of translating them, so both spellings are given here.
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Verbatim',
    description: 'Tells the article from the clutter and finds every quote with who said it and when.',
    permissions: ['activeTab', 'scripting', 'storage'],
    ...(manifestVersion === 2
      ? { optional_permissions: ['http://*/*', 'https://*/*'] }
      : { optional_host_permissions: ['http://*/*', 'https://*/*'] }),
    host_permissions: testBuild ? ['http://127.0.0.1/*'] : [],
    commands: {
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+Q' },
        description: 'Open Verbatim',
      },
      // The library: Firefox opens its sidebar itself; in Chrome the background opens the side panel.
      [manifestVersion === 2 ? '_execute_sidebar_action' : 'open-library']: {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Open the Verbatim library',
      },
    },
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'verbatim@example.org' } } } : {}),
  }),
});
