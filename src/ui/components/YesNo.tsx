import { useTranslation } from 'react-i18next';
import { YES_NO, type YesNo as YesNoValue } from '../../domain/workshop';
import { ChoiceGroup } from './ChoiceGroup';

/** A yes/no question as two large buttons. */
export function YesNo(props: {
  legend: string;
  visibleLegend?: string;
  value: YesNoValue | null;
  onChange: (v: YesNoValue) => void;
}) {
  const { t } = useTranslation();
  return (
    <ChoiceGroup
      legend={props.legend}
      visibleLegend={props.visibleLegend}
      options={YES_NO.map((v) => ({ value: v, label: t(`yesNo.${v}`) }))}
      value={props.value}
      onChange={props.onChange}
    />
  );
}
