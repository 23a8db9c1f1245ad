import { defineConfig } from 'wxt';
import { preloadDynamicImports } from './scripts/build/preload-dynamic-imports';
import { splitVendorChunks } from './scripts/build/split-vendor-chunks';

const API_ORIGIN = 'https://api.pinbridge.io/*';
// The local stand-in and the test pages live on loopback; only non-production builds may reach them.
const LOOPBACK_ORIGINS = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: ({ mode, browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'contextMenus', 'notifications', 'storage', 'alarms'],
    host_permissions: mode === 'production' ? [API_ORIGIN] : [API_ORIGIN, ...LOOPBACK_ORIGINS],
    // Broader access is asked for only when a feature needs it (hover button, custom API origin).
    ...(manifestVersion === 3
      ? { optional_host_permissions: ['https://*/*', 'http://*/*'] }
      : { optional_permissions: ['https://*/*', 'http://*/*'] }),
    commands: {
      // MV2 (Firefox) names the toolbar button's command differently.
      [manifestVersion === 3 ? '_execute_action' : '_execute_browser_action']: {
        suggested_key: { default: 'Alt+Shift+P' },
        description: '__MSG_commandOpenPopup__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'extension@pinbridge.io',
              strict_min_version: '140.0',
              // Sign-in details and the page content the user chooses go to PinBridge: that is the product.
              data_collection_permissions: { required: ['authenticationInfo', 'websiteContent'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  vite: () => ({ plugins: [splitVendorChunks(), preloadDynamicImports()] }),
  zip: {
    // The sources zip is for store reviewers rebuilding the extension: no local output of ours.
    excludeSources: ['demo-output/**', 'bench-results/**', 'coverage/**', '.env*'],
  },
  hooks: {
    // WXT takes the toolbar tooltip from the popup's <title>; the manifest's must be localised.
    'build:manifestGenerated': (_wxt, manifest) => {
      const action = manifest.action ?? manifest.browser_action;
      if (action) action.default_title = '__MSG_actionTitle__';
    },
  },
});
