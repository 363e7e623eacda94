import { useTranslation } from 'react-i18next';
import { DEFAULT_COOPERATION_FIELDS } from '../../../shared/domain/agreement.js';
import { useApiQuery } from '../api/use-api-query.js';

/** The vocabulary of cooperation fields: the defaults in the UI language, then the user's own. */
export function useCooperationFields(): { value: string; label: string }[] {
  const { t } = useTranslation();
  const custom = useApiQuery('cooperationFields.list', {});
  return [
    ...DEFAULT_COOPERATION_FIELDS.map((key) => ({ value: key, label: t(`agreements.fieldNames.${key}`) })),
    ...(custom.data ?? []).map((field) => ({ value: field.key, label: field.label })),
  ];
}
