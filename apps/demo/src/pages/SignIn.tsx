import { useState } from 'preact/hooks';
import { ErrorBox } from '../components/Status.js';
import { api, type Session } from '../lib/api.js';
import { useApp } from '../lib/context.js';

/** Sign-in with a username and password (the host's seeded demo users, or real accounts). */
export function SignIn(props: { onSignedIn: (s: Session) => void }) {
  const { tr } = useApp();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  return (
    <div class="signin">
      <h1>{tr('signIn')}</h1>
      <p>{tr('tagline')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setBusy(true);
          setError(undefined);
          api<Session>('/api/session', { method: 'POST', body: { username, password } }).then(
            (s) => {
              props.onSignedIn(s);
            },
            (err: unknown) => {
              setError(err);
              setBusy(false);
            },
          );
        }}
      >
        <div class="field">
          <label for="username">{tr('username')}</label>
          <input
            id="username"
            name="username"
            autoComplete="username"
            required
            value={username}
            onInput={(e) => {
              setUsername(e.currentTarget.value);
            }}
          />
        </div>
        <div class="field">
          <label for="password">{tr('password')}</label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onInput={(e) => {
              setPassword(e.currentTarget.value);
            }}
          />
        </div>
        {error !== undefined && <ErrorBox error={error} />}
        <button type="submit" class="primary" disabled={busy}>
          {tr('signIn')}
        </button>
      </form>
      <p class="muted">{tr('demoUsers')}</p>
    </div>
  );
}
