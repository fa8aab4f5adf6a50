import type { MeJson } from '@vigil/contracts';
import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { UserMenu } from '../auth/UserMenu';
import { can } from '../auth/permissions';
import { ConnectionPill } from '../live/ConnectionPill';
import { NAV_ITEMS } from './routes';
import './shell.css';

/** Frame of every signed-in page: brand, navigation (what this role may use), live status and the user. */
export function AppShell({ user, children }: { user: MeJson; children: ReactNode }) {
  const items = NAV_ITEMS.filter((item) => !item.requires || can(user.role, item.requires));
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <div className="topbar-inner">
          <NavLink to="/" className="brand" aria-label="Vigil home">
            <span className="brand-mark" aria-hidden="true" />
            <span className="brand-name">Vigil</span>
          </NavLink>
          <nav className="nav" aria-label="Main" data-testid="main-nav">
            {items.map((item) => (
              <NavLink key={item.to} to={item.to} end={item.end} className="nav-link">
                {item.label}
              </NavLink>
            ))}
          </nav>
          <div className="topbar-end">
            <ConnectionPill />
            <UserMenu user={user} />
          </div>
        </div>
      </header>
      <div className="shell-content" id="main">
        {children}
      </div>
    </div>
  );
}
