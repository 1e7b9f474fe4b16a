// The service worker code itself (register.ts, with workbox) is loaded apart, after the first
// screen: see src/main.tsx.
export { acceptUpdate, isUpdateReady, subscribeUpdate } from './update';
export {
  canInstall,
  isIos,
  isStandalone,
  listenForInstallPrompt,
  promptInstall,
  subscribeInstall,
} from './install';
