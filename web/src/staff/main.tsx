import { render } from 'preact';
import { LocationProvider, Route, Router } from 'preact-iso';
import '../styles/base.css';
import './staff.css';
import { AuditPage } from './audit/AuditPage';
import { CodesPage } from './codes/CodesPage';
import { CouncilsPage } from './councils/CouncilsPage';
import { ModerationPage } from './moderation/ModerationPage';
import { EditPage } from './pledge/EditPage';
import { ImportPage } from './pledge/ImportPage';
import { PledgePage } from './pledge/PledgePage';
import { PublishPage } from './pledge/PublishPage';
import { RoundsPage } from './pledge/RoundsPage';
import { VersionsPage } from './pledge/VersionsPage';
import { ScorecardPage } from './ScorecardPage';
import { SignInPage } from './SignInPage';
import { StaffHome } from './StaffHome';
import { PromisePage } from './scorecard/PromisePage';
import { ReportPage } from './scorecard/ReportPage';
import { ThemesPage } from './scorecard/ThemesPage';
import { PresenterPage } from './sessions/PresenterPage';
import { SessionsPage } from './sessions/SessionsPage';
import { SummaryPage } from './sessions/SummaryPage';
import { SettingsPage } from './settings/SettingsPage';
import { TeamPage } from './team/TeamPage';

const App = () => (
  <LocationProvider>
    <Router>
      <Route path="/staff/sign-in" component={SignInPage} />
      <Route path="/staff/scorecard" component={ScorecardPage} />
      <Route path="/staff/rounds/:roundId/scorecard" component={ScorecardPage} />
      <Route path="/staff/rounds/:roundId/promises/:promiseId" component={PromisePage} />
      <Route path="/staff/rounds/:roundId/themes" component={ThemesPage} />
      <Route path="/staff/rounds/:roundId/report" component={ReportPage} />
      <Route path="/staff/moderation" component={ModerationPage} />
      <Route path="/staff/sessions" component={SessionsPage} />
      <Route path="/staff/sessions/:sessionId" component={PresenterPage} />
      <Route path="/staff/sessions/:sessionId/summary" component={SummaryPage} />
      <Route path="/staff/pledge" component={PledgePage} />
      <Route path="/staff/pledge/import" component={ImportPage} />
      <Route path="/staff/pledge/edit" component={EditPage} />
      <Route path="/staff/pledge/publish" component={PublishPage} />
      <Route path="/staff/pledge/versions" component={VersionsPage} />
      <Route path="/staff/rounds" component={RoundsPage} />
      <Route path="/staff/team" component={TeamPage} />
      <Route path="/staff/audit" component={AuditPage} />
      <Route path="/staff/codes" component={CodesPage} />
      <Route path="/staff/councils" component={CouncilsPage} />
      <Route path="/staff/settings" component={SettingsPage} />
      <Route default component={StaffHome} />
    </Router>
  </LocationProvider>
);

render(<App />, document.getElementById('app')!);
