import type { FollowUp } from '../../../shared/domain/follow-up.js';
import { formatPartialDate } from '../format/date.js';

/** "Thành phố Hà Nội → Tỉnh Gyeonggi (19/10/2024)". */
export function sourceText(followUp: FollowUp, language: string): string | null {
  if (!followUp.sourceLabel) return null;
  return followUp.sourceDate
    ? `${followUp.sourceLabel} (${formatPartialDate(followUp.sourceDate, language)})`
    : followUp.sourceLabel;
}
