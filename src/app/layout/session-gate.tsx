import { useEffect, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router-dom';
import { useBackendSettings, useSession } from '@/backends/backend-context';
import { paths } from '@/config/paths';
import { ConnectScreen } from '@/features/settings/components/connect-screen';
import { finishHandOver, handOverInProgress } from '@/features/settings/session/hand-over';
import { forgetEmbeddedKey } from '@/features/settings/settings-store';
import { AppLoading } from './app-loading';
import { LogoMark } from './nav-icons';

/**
 * Between the router and the app's frame: waits for the `#key` hand-over, and while the app's
 * own server refuses this browser, shows the one Connect screen instead of a page full of
 * errors. Settings stays reachable, to switch to a Dalil workspace. The address is never
 * changed, so the page that was asked for (with its filters) opens once connected.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const { settings, setSettings } = useBackendSettings();
  const { refused, markSignedIn, markSignedOut } = useSession();
  const { pathname } = useLocation();
  const [handOver] = useState(handOverInProgress);
  const [waiting, setWaiting] = useState(handOver !== null);
  const [linkError, setLinkError] = useState<string | null>(null);

  useEffect(() => {
    if (!handOver) return;
    let live = true;
    void handOver.then((result) => {
      finishHandOver(handOver);
      if (!live) return;
      if (result.ok) {
        markSignedIn();
      } else {
        setLinkError(`The key in the link did not work. ${result.message}`);
        markSignedOut();
      }
      setWaiting(false);
    });
    return () => {
      live = false;
    };
  }, [handOver, markSignedIn, markSignedOut]);

  if (waiting) return <AppLoading />;
  if (settings.kind === 'embedded' && refused && pathname !== paths.settings()) {
    return (
      <ConnectScreen
        brand={
          <>
            <LogoMark />
            <span>tasklink</span>
          </>
        }
        initialError={linkError}
        onConnected={() => {
          setLinkError(null);
          if (settings.apiKey !== '') {
            // A saved key was refused; from now on the session cookie signs this browser in.
            forgetEmbeddedKey();
            setSettings({ ...settings, apiKey: '' });
          }
          markSignedIn();
        }}
      />
    );
  }
  return children;
}
