import 'i18next';
import type common from '../../locales/en/common.json';
import type workshop from '../../locales/en/workshop.json';
import type steps from '../../locales/en/steps.json';
import type grid from '../../locales/en/grid.json';
import type summary from '../../locales/en/summary.json';
import type gdpr from '../../locales/en/gdpr.json';
import type pwa from '../../locales/en/pwa.json';
import type pdf from '../../locales/en/pdf.json';
import type backup from '../../locales/en/backup.json';
import type notices from '../../locales/en/notices.json';
import type calendar from '../../locales/en/calendar.json';
import type followup from '../../locales/en/followup.json';
import type notice from '../../locales/en/notice.json';
import type accessibility from '../../locales/en/accessibility.json';
import type footer from '../../locales/en/footer.json';
import type quickcheck from '../../locales/en/quickcheck.json';
import type group from '../../locales/en/group.json';
import type groupsFirst from '../../locales/en/groups-first.json';
import type groupReports from '../../locales/en/group-reports.json';
import type present from '../../locales/en/present.json';

/** Every locale file of a language, merged: the shape all three languages share. */
export type Resources = typeof common &
  typeof workshop &
  typeof steps &
  typeof grid &
  typeof summary &
  typeof gdpr &
  typeof pwa &
  typeof pdf &
  typeof backup &
  typeof notices &
  typeof calendar &
  typeof followup &
  typeof notice &
  typeof accessibility &
  typeof footer &
  typeof quickcheck &
  typeof group &
  typeof groupsFirst &
  typeof groupReports &
  typeof present;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Resources };
  }
}
