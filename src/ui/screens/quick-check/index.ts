// The quick check's screens, loaded together on first use.
export { QuickCheckListScreen } from './QuickCheckListScreen';
export { QuickCheckScreen } from './QuickCheckScreen';
export { QuickCheckResultScreen } from './QuickCheckResultScreen';
