import { Navigate, Route, Routes } from 'react-router';
import { AppLayout } from './layout/AppLayout.js';
import { OrganizationsPage } from './organizations/OrganizationsPage.js';
import { SettingsPage } from './settings/SettingsPage.js';

export function App() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route path="/organizations" element={<OrganizationsPage />} />
        <Route path="/settings" element={<SettingsPage />} />
        <Route path="*" element={<Navigate to="/organizations" replace />} />
      </Route>
    </Routes>
  );
}
