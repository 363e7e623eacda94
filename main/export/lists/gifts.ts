import type { MethodParsed } from '../../../shared/api/contract.js';
import type { Gift } from '../../../shared/domain/gift.js';
import { giftHandlers } from '../../services/gifts.js';
import type { ListSpec } from './spec.js';

/**
 * The gift register. Codes (direction, category, disposition) are exported as stored so a spreadsheet
 * can filter on them reliably.
 */
export const giftList: ListSpec<Gift, MethodParsed<'gifts.list'>> = {
  rows: (ctx, filter) => giftHandlers['gifts.list'](ctx, filter),
  fileStem: { vi: 'so-qua-tang', en: 'gift-register' },
  sheetName: { vi: 'Sổ quà tặng', en: 'Gift register' },
  columns: [
    { vi: 'Ngày', en: 'Date', value: (gift) => gift.date },
    { vi: 'Chiều', en: 'Direction', value: (gift) => gift.direction },
    { vi: 'Hiện vật', en: 'Item', value: (gift) => gift.item },
    { vi: 'Loại', en: 'Category', value: (gift) => gift.category },
    { vi: 'Số lượng', en: 'Quantity', value: (gift) => gift.quantity },
    { vi: 'Giá trị ước tính', en: 'Estimated value', value: (gift) => gift.estimatedValue },
    { vi: 'Tiền tệ', en: 'Currency', value: (gift) => gift.currency },
    { vi: 'Người tặng', en: 'Giver', value: (gift) => gift.giverName },
    { vi: 'Chức danh người tặng', en: 'Giver title', value: (gift) => gift.giverTitle },
    { vi: 'Cơ quan tặng', en: 'Giver organisation', value: (gift) => gift.giverOrgName },
    { vi: 'Người nhận', en: 'Recipient', value: (gift) => gift.recipientName },
    { vi: 'Chức danh người nhận', en: 'Recipient title', value: (gift) => gift.recipientTitle },
    { vi: 'Cơ quan nhận', en: 'Recipient organisation', value: (gift) => gift.recipientOrgName },
    { vi: 'Hạn báo cáo', en: 'Report due', value: (gift) => gift.reportDueOn },
    { vi: 'Ngày báo cáo', en: 'Reported on', value: (gift) => gift.reportedOn },
    { vi: 'Hình thức xử lý', en: 'Disposition', value: (gift) => gift.disposition },
    { vi: 'Số quyết định', en: 'Decision no.', value: (gift) => gift.dispositionDecision },
    { vi: 'Ngày xử lý', en: 'Disposition date', value: (gift) => gift.dispositionOn },
    { vi: 'Hoàn cảnh', en: 'Circumstances', value: (gift) => gift.circumstances },
  ],
};
