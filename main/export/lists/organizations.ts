import type { Organization } from '../../../shared/domain/organization.js';
import { countryName } from '../../../shared/domain/country-names.js';
import { organizationHandlers } from '../../services/organizations.js';
import { joined, type ListSpec } from './spec.js';

export const organizationList: ListSpec<Organization, { query: string }> = {
  rows: (ctx, filter) => organizationHandlers['organizations.list'](ctx, filter),
  fileStem: { vi: 'co-quan-to-chuc', en: 'organisations' },
  sheetName: { vi: 'Cơ quan, tổ chức', en: 'Organisations' },
  columns: [
    { vi: 'Tên', en: 'Name', value: (org) => org.name },
    { vi: 'Tên khác', en: 'Other names', value: (org) => joined(org.aliases) },
    { vi: 'Mã quốc gia', en: 'Country code', value: (org) => org.country },
    { vi: 'Quốc gia', en: 'Country', value: (org) => countryName(org.country, 'vi') },
    { vi: 'Loại', en: 'Kind', value: (org) => org.kind },
    { vi: 'Phía ta', en: 'Home', value: (org) => (org.isHome ? 1 : 0) },
    { vi: 'Ghi chú', en: 'Notes', value: (org) => org.notes },
  ],
};
