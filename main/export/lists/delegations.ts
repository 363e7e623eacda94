import type { MethodParsed } from '../../../shared/api/contract.js';
import type { DelegationSummary } from '../../../shared/domain/delegation.js';
import { delegationHandlers } from '../../services/delegations.js';
import type { ListSpec } from './spec.js';

export const delegationList: ListSpec<DelegationSummary, MethodParsed<'delegations.list'>> = {
  rows: (ctx, filter) => delegationHandlers['delegations.list'](ctx, filter),
  fileStem: { vi: 'doan-vao-doan-ra', en: 'delegations' },
  sheetName: { vi: 'Đoàn vào, đoàn ra', en: 'Delegations' },
  columns: [
    { vi: 'Chiều', en: 'Direction', value: (delegation) => delegation.direction },
    { vi: 'Từ ngày', en: 'From', value: (delegation) => delegation.startDate },
    { vi: 'Đến ngày', en: 'To', value: (delegation) => delegation.endDate },
    { vi: 'Đoàn của', en: 'Visiting organisation', value: (delegation) => delegation.visitingOrgName },
    { vi: 'Nơi đón', en: 'Host organisation', value: (delegation) => delegation.hostOrgName },
    { vi: 'Quốc gia đối tác', en: 'Partner country', value: (delegation) => delegation.partnerCountry },
    { vi: 'Trưởng đoàn', en: 'Head of delegation', value: (delegation) => delegation.headName },
    { vi: 'Chức danh trưởng đoàn', en: 'Head title', value: (delegation) => delegation.headTitle },
    { vi: 'Địa điểm', en: 'Place', value: (delegation) => delegation.place },
    { vi: 'Trạng thái', en: 'Status', value: (delegation) => delegation.status },
    { vi: 'Mục đích', en: 'Purpose', value: (delegation) => delegation.purpose },
  ],
};
