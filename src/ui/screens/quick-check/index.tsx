import { useRoute } from 'preact-iso';
import { QuickCheckListScreen } from './QuickCheckListScreen';
import { QuickCheckResultScreen } from './QuickCheckResultScreen';
import { QuickCheckScreen } from './QuickCheckScreen';

/** The quick check's screens, loaded together on first use: the list, the answers, the result. */
export function QuickCheckScreens() {
  const { params } = useRoute();
  if (!params.id) return <QuickCheckListScreen />;
  return params.view === 'result' ? <QuickCheckResultScreen /> : <QuickCheckScreen />;
}
