import { render } from 'preact';
import { LocationProvider, Route, Router } from 'preact-iso';
import '../styles/base.css';
import './staff.css';
import { ScorecardPage } from './ScorecardPage';
import { SignInPage } from './SignInPage';
import { StaffHome } from './StaffHome';

const App = () => (
  <LocationProvider>
    <Router>
      <Route path="/staff/sign-in" component={SignInPage} />
      <Route path="/staff/scorecard" component={ScorecardPage} />
      <Route path="/staff/rounds/:roundId/scorecard" component={ScorecardPage} />
      <Route default component={StaffHome} />
    </Router>
  </LocationProvider>
);

render(<App />, document.getElementById('app')!);
