import { Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { ArticleReviewPage } from './articles/ArticleReviewPage.js';
import { ArticlesPage } from './articles/ArticlesPage.js';
import { useApiQuery } from './api/use-api-query.js';
import { RecoveryScreen } from './recovery/RecoveryScreen.js';
import { UnlockScreen } from './encryption/UnlockScreen.js';
import { DelegationFormPage } from './delegations/DelegationFormPage.js';
import { DelegationPage } from './delegations/DelegationPage.js';
import { DelegationsPage } from './delegations/DelegationsPage.js';
import { OrganizationDossierPage } from './dossier/OrganizationDossierPage.js';
import { AgreementFormPage } from './agreements/AgreementFormPage.js';
import { AgreementsPage } from './agreements/AgreementsPage.js';
import { FollowUpsPage } from './follow-ups/FollowUpsPage.js';
import { GiftFormPage } from './gifts/GiftFormPage.js';
import { GiftPaperPage } from './gifts/GiftPaperPage.js';
import { GiftsPage } from './gifts/GiftsPage.js';
import { BriefingPage } from './briefing/BriefingPage.js';
import { WeekBriefingsPage } from './briefing/WeekBriefingsPage.js';
import { CalendarRoute } from './calendar/CalendarRoute.js';
import { HomePage } from './home/HomePage.js';
import { AppLayout } from './layout/AppLayout.js';
import { OrganizationsPage } from './organizations/OrganizationsPage.js';
import { PeoplePage } from './people/PeoplePage.js';
import { PersonPage } from './people/PersonPage.js';
import { ReportsPage } from './reports/ReportsPage.js';
import { SettingsPage } from './settings/SettingsPage.js';

/**
 * The app — unless the store is encrypted and not unlocked yet, or would not open at start: main then
 * answers nothing but app.info and the unlock or recovery methods, and their screen stands in for
 * every route until the store is open.
 */
export function App() {
  const { t } = useTranslation();
  const info = useApiQuery('app.info', {});
  if (info.isPending) return <Loader m="xl" aria-label={t('common.loading')} />;
  if (info.data?.locked) return <UnlockScreen locked={info.data.locked} />;
  if (info.data?.recovery) return <RecoveryScreen recovery={info.data.recovery} />;
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route path="/home" element={<HomePage />} />
        <Route path="/calendar" element={<CalendarRoute />} />
        <Route path="/delegations" element={<DelegationsPage />} />
        <Route path="/delegations/new" element={<DelegationFormPage />} />
        <Route path="/delegations/:id" element={<DelegationPage />} />
        <Route path="/delegations/:id/edit" element={<DelegationFormPage />} />
        <Route path="/delegations/:id/briefing" element={<BriefingPage />} />
        <Route path="/briefings/week" element={<WeekBriefingsPage />} />
        <Route path="/organizations" element={<OrganizationsPage />} />
        <Route path="/organizations/:id" element={<OrganizationDossierPage />} />
        <Route path="/people" element={<PeoplePage />} />
        <Route path="/people/:id" element={<PersonPage />} />
        <Route path="/gifts" element={<GiftsPage />} />
        <Route path="/gifts/new" element={<GiftFormPage />} />
        <Route path="/gifts/:id" element={<GiftFormPage />} />
        <Route path="/gifts/:id/report" element={<GiftPaperPage kind="report" />} />
        <Route path="/gifts/:id/minutes" element={<GiftPaperPage kind="minutes" />} />
        <Route path="/agreements" element={<AgreementsPage />} />
        <Route path="/agreements/new" element={<AgreementFormPage />} />
        <Route path="/agreements/:id" element={<AgreementFormPage />} />
        <Route path="/follow-ups" element={<FollowUpsPage />} />
        <Route path="/articles" element={<ArticlesPage />} />
        <Route path="/articles/:id" element={<ArticleReviewPage />} />
        <Route path="/reports" element={<ReportsPage />} />
        <Route path="/settings" element={<SettingsPage />} />
        <Route path="*" element={<Navigate to="/home" replace />} />
      </Route>
    </Routes>
  );
}
