import { ActionIcon, Anchor, Badge, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Organization } from '../../../shared/domain/organization.js';
import { countryName } from '../../../shared/domain/country-names.js';
import { formatDateTime } from '../format/date.js';

interface Props {
  organizations: Organization[];
  onEdit: (organization: Organization) => void;
  onDelete: (organization: Organization) => void;
}

export function OrganizationTable({ organizations, onEdit, onDelete }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <Table striped highlightOnHover withTableBorder aria-label={t('organizations.tableLabel')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('organizations.columns.name')}</Table.Th>
          <Table.Th>{t('organizations.columns.country')}</Table.Th>
          <Table.Th>{t('organizations.columns.kind')}</Table.Th>
          <Table.Th>{t('organizations.columns.updated')}</Table.Th>
          <Table.Th>
            <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {organizations.map((organization) => (
          <Table.Tr key={organization.id}>
            <Table.Td>
              <Group gap="xs">
                <Anchor component={Link} to={`/organizations/${organization.id}`} fw={600}>
                  {organization.name}
                </Anchor>
                {organization.isHome && (
                  <Badge variant="light" color="teal">
                    {t('organizations.home')}
                  </Badge>
                )}
              </Group>
              {organization.aliases.length > 0 && (
                <Text size="sm" c="dimmed">
                  {organization.aliases.join(' · ')}
                </Text>
              )}
            </Table.Td>
            <Table.Td>{countryName(organization.country, i18n.language)}</Table.Td>
            <Table.Td>{t(`organizations.kinds.${organization.kind}`)}</Table.Td>
            <Table.Td>
              <Text size="sm">{formatDateTime(organization.updatedAt, i18n.language)}</Text>
            </Table.Td>
            <Table.Td>
              <Group gap={4} justify="flex-end" wrap="nowrap">
                <ActionIcon
                  variant="subtle"
                  aria-label={t('organizations.editNamed', { name: organization.name })}
                  onClick={() => onEdit(organization)}
                >
                  ✎
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('organizations.deleteNamed', { name: organization.name })}
                  onClick={() => onDelete(organization)}
                >
                  ✕
                </ActionIcon>
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
