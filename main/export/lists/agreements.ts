import type { MethodParsed } from '../../../shared/api/contract.js';
import type { Agreement } from '../../../shared/domain/agreement.js';
import { agreementHandlers } from '../../services/agreements.js';
import { joined, type ListSpec } from './spec.js';

export const agreementList: ListSpec<Agreement, MethodParsed<'agreements.list'>> = {
  rows: (ctx, filter) => agreementHandlers['agreements.list'](ctx, filter),
  fileStem: { vi: 'thoa-thuan', en: 'agreements' },
  sheetName: { vi: 'Thỏa thuận', en: 'Agreements' },
  columns: [
    { vi: 'Tên văn bản', en: 'Title', value: (agreement) => agreement.title },
    { vi: 'Loại', en: 'Kind', value: (agreement) => agreement.kind },
    { vi: 'Trạng thái', en: 'Status', value: (agreement) => agreement.status },
    {
      vi: 'Các bên',
      en: 'Parties',
      value: (agreement) => joined(agreement.parties.map((party) => party.organizationName)),
    },
    {
      vi: 'Người ký',
      en: 'Signatories',
      value: (agreement) => joined(agreement.parties.map((party) => party.signatoryName ?? '')),
    },
    { vi: 'Ngày ký', en: 'Signed on', value: (agreement) => agreement.signedOn },
    { vi: 'Nơi ký', en: 'Place', value: (agreement) => agreement.place },
    { vi: 'Hiệu lực từ', en: 'Effective from', value: (agreement) => agreement.effectiveFrom },
    { vi: 'Hết hạn', en: 'Expires on', value: (agreement) => agreement.expiresOn },
    {
      vi: 'Lĩnh vực hợp tác',
      en: 'Fields of cooperation',
      value: (agreement) => joined(agreement.fields.map((field) => field.fieldKey)),
    },
    { vi: 'Gia hạn', en: 'Renewal', value: (agreement) => agreement.renewalTerms },
  ],
};
