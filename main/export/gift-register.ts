import type { Gift } from '../../shared/domain/gift.js';
import type { ExportColumn } from './spreadsheet.js';

/**
 * The register's fixed columns, in the user's language. Codes (direction, category, disposition) are
 * exported as stored so a spreadsheet can filter on them reliably.
 */
const HEADERS = {
  vi: [
    'Ngày',
    'Chiều',
    'Hiện vật',
    'Loại',
    'Số lượng',
    'Giá trị ước tính',
    'Tiền tệ',
    'Người tặng',
    'Chức danh người tặng',
    'Cơ quan tặng',
    'Người nhận',
    'Chức danh người nhận',
    'Cơ quan nhận',
    'Hạn báo cáo',
    'Ngày báo cáo',
    'Hình thức xử lý',
    'Số quyết định',
    'Ngày xử lý',
    'Hoàn cảnh',
  ],
  en: [
    'Date',
    'Direction',
    'Item',
    'Category',
    'Quantity',
    'Estimated value',
    'Currency',
    'Giver',
    'Giver title',
    'Giver organisation',
    'Recipient',
    'Recipient title',
    'Recipient organisation',
    'Report due',
    'Reported on',
    'Disposition',
    'Decision no.',
    'Disposition date',
    'Circumstances',
  ],
} as const;

const VALUES: ((gift: Gift) => string | number | null)[] = [
  (gift) => gift.date,
  (gift) => gift.direction,
  (gift) => gift.item,
  (gift) => gift.category,
  (gift) => gift.quantity,
  (gift) => gift.estimatedValue,
  (gift) => gift.currency,
  (gift) => gift.giverName,
  (gift) => gift.giverTitle,
  (gift) => gift.giverOrgName,
  (gift) => gift.recipientName,
  (gift) => gift.recipientTitle,
  (gift) => gift.recipientOrgName,
  (gift) => gift.reportDueOn,
  (gift) => gift.reportedOn,
  (gift) => gift.disposition,
  (gift) => gift.dispositionDecision,
  (gift) => gift.dispositionOn,
  (gift) => gift.circumstances,
];

export function giftRegisterColumns(language: 'vi' | 'en'): ExportColumn<Gift>[] {
  return HEADERS[language].map((header, index) => ({ header, value: VALUES[index]! }));
}
