import { Navigate, Route, Routes } from 'react-router';
import { DelegationFormPage } from './delegations/DelegationFormPage.js';
import { DelegationPage } from './delegations/DelegationPage.js';
import { DelegationsPage } from './delegations/DelegationsPage.js';
import { OrganizationDossierPage } from './dossier/OrganizationDossierPage.js';
import { AppLayout } from './layout/AppLayout.js';
import { OrganizationsPage } from './organizations/OrganizationsPage.js';
import { PeoplePage } from './people/PeoplePage.js';
import { PersonPage } from './people/PersonPage.js';
import { SettingsPage } from './settings/SettingsPage.js';

export function App() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route path="/delegations" element={<DelegationsPage />} />
        <Route path="/delegations/new" element={<DelegationFormPage />} />
        <Route path="/delegations/:id" element={<DelegationPage />} />
        <Route path="/delegations/:id/edit" element={<DelegationFormPage />} />
        <Route path="/organizations" element={<OrganizationsPage />} />
        <Route path="/organizations/:id" element={<OrganizationDossierPage />} />
        <Route path="/people" element={<PeoplePage />} />
        <Route path="/people/:id" element={<PersonPage />} />
        <Route path="/settings" element={<SettingsPage />} />
        <Route path="*" element={<Navigate to="/delegations" replace />} />
      </Route>
    </Routes>
  );
}
