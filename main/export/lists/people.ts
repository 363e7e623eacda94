import type { Person } from '../../../shared/domain/person.js';
import { peopleHandlers } from '../../services/people.js';
import type { ListSpec } from './spec.js';

export const peopleList: ListSpec<Person, { query: string }> = {
  rows: (ctx, filter) => peopleHandlers['people.list'](ctx, filter),
  fileStem: { vi: 'nhan-vat', en: 'people' },
  sheetName: { vi: 'Nhân vật', en: 'People' },
  columns: [
    { vi: 'Họ và tên', en: 'Full name', value: (person) => person.fullName },
    { vi: 'Tên bản ngữ', en: 'Native name', value: (person) => person.nativeName },
    { vi: 'Phiên âm', en: 'Romanisation', value: (person) => person.romanization },
    { vi: 'Thứ tự họ tên', en: 'Name order', value: (person) => person.nameOrder },
    { vi: 'Danh xưng', en: 'Honorific', value: (person) => person.honorific },
    { vi: 'Cách xưng hô', en: 'Form of address', value: (person) => person.formOfAddress },
    { vi: 'Lưu ý lễ tân', en: 'Protocol notes', value: (person) => person.protocolNotes },
    { vi: 'Ghi chú', en: 'Notes', value: (person) => person.notes },
  ],
};
