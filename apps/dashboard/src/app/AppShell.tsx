import type { UserJson } from '@vigil/contracts';
import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { UserMenu } from '../auth/UserMenu';
import { ConnectionPill } from '../live/ConnectionPill';
import './shell.css';

/** Frame of every signed-in page: brand, navigation, live status and the user. */
export function AppShell({ user, children }: { user: UserJson; children: ReactNode }) {
  return (
    <div className="shell">
      <header className="topbar">
        <div className="topbar-inner">
          <NavLink to="/" className="brand" aria-label="Vigil home">
            <span className="brand-mark" aria-hidden="true" />
            <span className="brand-name">Vigil</span>
          </NavLink>
          <nav className="nav" aria-label="Main">
            <NavLink to="/" end className="nav-link">
              Live
            </NavLink>
          </nav>
          <div className="topbar-end">
            <ConnectionPill />
            <UserMenu user={user} />
          </div>
        </div>
      </header>
      <div className="shell-content">{children}</div>
    </div>
  );
}
