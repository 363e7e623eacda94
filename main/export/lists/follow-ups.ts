import type { MethodParsed } from '../../../shared/api/contract.js';
import type { FollowUp } from '../../../shared/domain/follow-up.js';
import { followUpHandlers } from '../../services/follow-ups.js';
import type { ListSpec } from './spec.js';

export const followUpList: ListSpec<FollowUp, MethodParsed<'followUps.list'>> = {
  // The follow-ups page's list, whole and in its order (overdue first by the day each due stands on).
  rows: (ctx, filter) =>
    followUpHandlers['followUps.page'](ctx, { ...filter, offset: 0, limit: Number.MAX_SAFE_INTEGER }).rows,
  fileStem: { vi: 'viec-can-theo-doi', en: 'follow-ups' },
  sheetName: { vi: 'Việc cần theo dõi', en: 'Follow-ups' },
  columns: [
    { vi: 'Nội dung', en: 'Text', value: (followUp) => followUp.text },
    { vi: 'Hạn', en: 'Due', value: (followUp) => followUp.due },
    { vi: 'Trạng thái', en: 'Status', value: (followUp) => followUp.status },
    { vi: 'Ưu tiên', en: 'Priority', value: (followUp) => followUp.priority },
    { vi: 'Người phụ trách', en: 'Owner', value: (followUp) => followUp.owner },
    { vi: 'Đối tác', en: 'Organisation', value: (followUp) => followUp.organizationName },
    { vi: 'Nguồn', en: 'Source', value: (followUp) => followUp.sourceLabel },
    { vi: 'Quá hạn', en: 'Overdue', value: (followUp) => (followUp.overdue ? 1 : 0) },
    { vi: 'Ngày hoàn thành', en: 'Done on', value: (followUp) => followUp.doneOn },
    {
      vi: 'Tiến độ mới nhất',
      en: 'Latest progress',
      value: (followUp) => {
        // progress comes newest first
        const latest = followUp.progress[0];
        return latest ? `${latest.on}: ${latest.text}` : '';
      },
    },
  ],
};
