import { decodeJwt, decodeProtectedHeader, SignJWT, UnsecuredJWT, type JWTPayload } from 'jose';
import { Role } from '@bibliohub/contracts';
import {
  asOwner,
  bearer,
  createLibrary,
  createSignedInUser,
  createUser,
  login,
  TEST_PASSWORD,
  type TestApp,
  createTestApp,
} from '@bibliohub/api-testing';
import { AppModule } from '../src/app.module.js';

const LOGIN = `mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt
    user { id email role tenantId disabled tenant { id slug kind } }
  }
}`;
const ME = '{ me { id email role tenantId } }';
const REFRESH =
  'mutation($refreshToken: String!) { refreshToken(refreshToken: $refreshToken) { accessToken refreshToken } }';
const LOGOUT = 'mutation { logout }';
const CHANGE_PASSWORD = `mutation($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { accessToken refreshToken }
}`;

/** A client address of its own (the app trusts X-Forwarded-For from loopback), so address limits stay apart. */
let nextAddress = 1;
const fromNewAddress = (): Record<string, string> => ({
  'x-forwarded-for': `203.0.113.${nextAddress++}`,
});

describe('login, tokens and sessions', () => {
  let t: TestApp;
  let libraryId: string;
  let librarySlug: string;

  beforeAll(async () => {
    t = await createTestApp((config, logger) => AppModule.register(config, logger));
    const library = await createLibrary(t);
    libraryId = library.id;
    librarySlug = library.slug;
  });
  afterAll(() => t.close());

  const me = (accessToken: string) =>
    t.gql<{ me: { id: string; email: string; role: Role; tenantId: string } }>(ME, {}, bearer(accessToken));
  const refresh = (refreshToken: string) =>
    t.gql<{ refreshToken: { accessToken: string; refreshToken: string } }>(REFRESH, { refreshToken });
  const errorOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => ({
    code: res.errors?.[0]?.extensions?.['code'],
    subCode: res.errors?.[0]?.extensions?.['subCode'],
  });

  it('logs in with e-mail and password and returns tokens plus the user with role and tenant', async () => {
    const { user, email, password } = await createUser(t, libraryId, Role.LIBRARY_EDITOR);
    const res = await t.gql<{
      login: {
        accessToken: string;
        accessTokenExpiresAt: string;
        refreshToken: string;
        refreshTokenExpiresAt: string;
        user: Record<string, unknown>;
      };
    }>(LOGIN, { email: email.toUpperCase(), password }, fromNewAddress());
    expect(res.errors).toBeUndefined();
    const payload = res.data!.login;
    expect(payload.user).toEqual({
      id: user.id,
      email,
      role: 'LIBRARY_EDITOR',
      tenantId: libraryId,
      disabled: false,
      tenant: { id: libraryId, slug: librarySlug, kind: 'LIBRARY' },
    });
    expect(decodeProtectedHeader(payload.accessToken)).toEqual({ alg: 'HS256', typ: 'JWT' });
    const claims = decodeJwt(payload.accessToken);
    expect(claims).toMatchObject({ sub: user.id, iss: 'bibliohub', aud: 'bibliohub-api' });
    // short-lived: 15 minutes, and the payload says when
    expect(claims.exp! - claims.iat!).toBe(15 * 60);
    expect(new Date(payload.accessTokenExpiresAt).getTime()).toBe(claims.exp! * 1000);
    expect(new Date(payload.refreshTokenExpiresAt).getTime()).toBeGreaterThan(Date.now() + 86_400_000);
    expect(payload.refreshToken).toMatch(/^[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/);

    const who = await me(payload.accessToken);
    expect(who.errors).toBeUndefined();
    expect(who.data!.me).toEqual({ id: user.id, email, role: 'LIBRARY_EDITOR', tenantId: libraryId });
    const [row] = await asOwner<{ last_login_at: Date | null }>(
      t,
      'SELECT last_login_at FROM users WHERE id = $1',
      [user.id],
    );
    expect(row.last_login_at).toBeInstanceOf(Date);
  });

  it('answers a wrong password, an unknown e-mail and a disabled account with byte-identical bodies', async () => {
    const { email } = await createUser(t, libraryId, Role.LIBRARY_EDITOR);
    const disabled = await createUser(t, libraryId, Role.LIBRARY_EDITOR);
    await asOwner(t, 'UPDATE users SET disabled_at = now() WHERE id = $1', [disabled.user.id]);
    const attempt = async (emailAddress: string, password: string) => {
      const res = await t
        .http()
        .post('/graphql')
        .set({ 'content-type': 'application/json', ...fromNewAddress() })
        .send({ query: LOGIN, variables: { email: emailAddress, password } });
      return { status: res.status, text: res.text, body: res.body as Record<string, unknown> };
    };
    const wrongPassword = await attempt(email, 'not the right password');
    const unknownEmail = await attempt('nobody-here@example.nl', 'not the right password');
    const disabledAccount = await attempt(disabled.email, disabled.password);

    expect(wrongPassword.body).toEqual({
      data: null,
      errors: [
        expect.objectContaining({
          message: 'E-mail address or password is incorrect',
          extensions: { code: 'UNAUTHENTICATED', subCode: 'INVALID_CREDENTIALS' },
        }),
      ],
    });
    expect(unknownEmail.status).toBe(wrongPassword.status);
    expect(unknownEmail.text).toBe(wrongPassword.text);
    expect(disabledAccount.status).toBe(wrongPassword.status);
    expect(disabledAccount.text).toBe(wrongPassword.text);
  });

  it('stores passwords only as argon2id hashes with m ≥ 19456 KiB and t ≥ 2', async () => {
    await createUser(t, libraryId, Role.LIBRARY_ADMIN);
    const rows = await asOwner<{ password_hash: string }>(t, 'SELECT password_hash FROM users');
    expect(rows.length).toBeGreaterThan(0);
    for (const { password_hash: stored } of rows) {
      const phc = /^\$argon2id\$v=(\d+)\$m=(\d+),t=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/.exec(
        stored,
      );
      expect(phc).not.toBeNull();
      const [, version, memory, time, parallelism, salt] = phc!;
      expect(Number(version)).toBe(19);
      expect(Number(memory)).toBeGreaterThanOrEqual(19_456);
      expect(Number(time)).toBeGreaterThanOrEqual(2);
      expect(Number(parallelism)).toBeGreaterThanOrEqual(1);
      expect(Buffer.from(salt, 'base64').length).toBeGreaterThanOrEqual(16);
      expect(stored).not.toContain(TEST_PASSWORD);
    }
    // every hash is salted: no two users share one, although they share the test password
    expect(new Set(rows.map((r) => r.password_hash)).size).toBe(rows.length);
  });

  describe('refuses forged access tokens', () => {
    let claims: JWTPayload;
    const secret = () => new TextEncoder().encode(t.config.secrets.JWT_SECRET);
    const now = () => Math.floor(Date.now() / 1000);

    interface Forgery {
      payload?: Record<string, unknown>;
      issuer?: string;
      audience?: string;
      issuedAt?: number;
      /** null: no `exp` claim at all */
      expiresAt?: number | null;
      key?: Uint8Array;
      alg?: string;
    }
    /** The session's own claims signed again: a valid token unless `f` breaks one thing. */
    const sign = (f: Forgery = {}): Promise<string> => {
      let jwt = new SignJWT({ sid: claims['sid'], sv: claims['sv'], ...f.payload })
        .setProtectedHeader({ alg: f.alg ?? 'HS256', typ: 'JWT' })
        .setSubject(claims.sub!)
        .setIssuer(f.issuer ?? 'bibliohub')
        .setAudience(f.audience ?? 'bibliohub-api')
        .setIssuedAt(f.issuedAt ?? now());
      if (f.expiresAt !== null) jwt = jwt.setExpirationTime(f.expiresAt ?? now() + 300);
      return jwt.sign(f.key ?? secret());
    };

    beforeAll(async () => {
      const { accessToken } = await createSignedInUser(t, libraryId, Role.LIBRARY_ADMIN);
      claims = decodeJwt(accessToken);
    });

    it('accepts a re-signed copy of a real token (so each refusal below is about one defect)', async () => {
      const res = await me(await sign());
      expect(res.errors).toBeUndefined();
      expect(res.data!.me.id).toBe(claims.sub);
    });

    it.each<[string, () => string | Promise<string>]>([
      [
        'alg "none"',
        () =>
          new UnsecuredJWT({ sid: claims['sid'], sv: claims['sv'] })
            .setSubject(claims.sub!)
            .setIssuer('bibliohub')
            .setAudience('bibliohub-api')
            .setIssuedAt()
            .setExpirationTime(now() + 300)
            .encode(),
      ],
      ['a signature made with another secret', () => sign({ key: new TextEncoder().encode('x'.repeat(48)) })],
      ['another algorithm (HS512) with the right secret', () => sign({ alg: 'HS512' })],
      ['a wrong issuer', () => sign({ issuer: 'evil' })],
      ['a wrong audience', () => sign({ audience: 'some-other-api' })],
      ['an expired token', () => sign({ issuedAt: now() - 3600, expiresAt: now() - 60 })],
      ['a token without expiry', () => sign({ expiresAt: null })],
      ['an outdated session version', () => sign({ payload: { sv: (claims['sv'] as number) - 1 } })],
      [
        'a payload changed after signing',
        async () => {
          const [header, , signature] = (await sign()).split('.');
          const payload = Buffer.from(
            JSON.stringify({ ...claims, sub: '00000000-0000-4000-8000-000000000000' }),
          ).toString('base64url');
          return `${header}.${payload}.${signature}`;
        },
      ],
      ['garbage', () => 'not.a.jwt'],
    ])('refuses %s with UNAUTHENTICATED', async (_name, make) => {
      const res = await me(await make());
      expect(res.data).toBeNull();
      expect(errorOf(res).code).toBe('UNAUTHENTICATED');
    });
  });

  it('rotates refresh tokens; a reused one answers REFRESH_TOKEN_REUSED and ends the whole session', async () => {
    const user = await createUser(t, libraryId, Role.LIBRARY_EDITOR);
    const first = await login(t, user.email, user.password);
    const other = await login(t, user.email, user.password);

    const rotated = await refresh(first.refreshToken);
    expect(rotated.errors).toBeUndefined();
    const second = rotated.data!.refreshToken;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect((await me(second.accessToken)).data?.me.id).toBe(user.user.id);

    const replay = await refresh(first.refreshToken);
    expect(errorOf(replay)).toEqual({ code: 'UNAUTHENTICATED', subCode: 'REFRESH_TOKEN_REUSED' });
    // the whole family is revoked: the newer refresh token and every access token of the session
    expect(errorOf(await refresh(second.refreshToken)).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await me(second.accessToken)).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await me(first.accessToken)).code).toBe('UNAUTHENTICATED');
    // other sessions of the same user are not part of that family
    expect((await me(other.accessToken)).data?.me.id).toBe(user.user.id);
    expect((await refresh(other.refreshToken)).errors).toBeUndefined();
  });

  it('lets only one of two simultaneous uses of a refresh token win, and treats the other as reuse', async () => {
    const user = await createUser(t, libraryId, Role.LIBRARY_EDITOR);
    const session = await login(t, user.email, user.password);
    const results = await Promise.all([refresh(session.refreshToken), refresh(session.refreshToken)]);
    const winners = results.filter((r) => r.data?.refreshToken);
    const losers = results.filter((r) => !r.data?.refreshToken);
    expect(winners).toHaveLength(1);
    expect(losers.map(errorOf)).toEqual([{ code: 'UNAUTHENTICATED', subCode: 'REFRESH_TOKEN_REUSED' }]);
    // reuse revokes the family, including what the winner just received
    expect(errorOf(await me(winners[0].data!.refreshToken.accessToken)).code).toBe('UNAUTHENTICATED');
  });

  it('refuses malformed and unknown refresh tokens', async () => {
    for (const token of ['nonsense', `${crypto.randomUUID()}.${'a'.repeat(43)}`]) {
      expect(errorOf(await refresh(token)).code).toBe('UNAUTHENTICATED');
    }
    const user = await createUser(t, libraryId, Role.LIBRARY_EDITOR);
    const { refreshToken } = await login(t, user.email, user.password);
    const [id] = refreshToken.split('.');
    expect(errorOf(await refresh(`${id}.${'b'.repeat(43)}`)).code).toBe('UNAUTHENTICATED');
    // a failed guess does not burn the real token
    expect((await refresh(refreshToken)).errors).toBeUndefined();
  });

  it('logout ends the session: its access token and refresh token are refused', async () => {
    const user = await createUser(t, libraryId, Role.LIBRARY_EDITOR);
    const session = await login(t, user.email, user.password);
    const other = await login(t, user.email, user.password);
    const out = await t.gql<{ logout: boolean }>(LOGOUT, {}, bearer(session.accessToken));
    expect(out.data).toEqual({ logout: true });
    expect(errorOf(await me(session.accessToken)).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await refresh(session.refreshToken)).code).toBe('UNAUTHENTICATED');
    expect((await me(other.accessToken)).data?.me.id).toBe(user.user.id);
  });

  it('changePassword ends every other session and returns a working new one', async () => {
    const user = await createUser(t, libraryId, Role.LIBRARY_EDITOR);
    const current = await login(t, user.email, user.password);
    const other = await login(t, user.email, user.password);

    const wrong = await t.gql(
      CHANGE_PASSWORD,
      { currentPassword: 'not my password', newPassword: 'a brand new password' },
      bearer(current.accessToken),
    );
    expect(errorOf(wrong)).toEqual({ code: 'BAD_USER_INPUT', subCode: 'WRONG_PASSWORD' });
    expect((await me(other.accessToken)).data?.me.id).toBe(user.user.id);

    const changed = await t.gql<{ changePassword: { accessToken: string; refreshToken: string } }>(
      CHANGE_PASSWORD,
      { currentPassword: user.password, newPassword: 'a brand new password' },
      bearer(current.accessToken),
    );
    expect(changed.errors).toBeUndefined();
    const fresh = changed.data!.changePassword;
    expect((await me(fresh.accessToken)).data?.me.id).toBe(user.user.id);
    expect(errorOf(await me(other.accessToken)).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await refresh(other.refreshToken)).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await me(current.accessToken)).code).toBe('UNAUTHENTICATED');
    expect((await refresh(fresh.refreshToken)).errors).toBeUndefined();

    const oldPassword = await t.gql(LOGIN, { email: user.email, password: user.password }, fromNewAddress());
    expect(errorOf(oldPassword)).toEqual({ code: 'UNAUTHENTICATED', subCode: 'INVALID_CREDENTIALS' });
    await expect(login(t, user.email, 'a brand new password')).resolves.toBeDefined();
  });

  it('disabling a user ends their sessions at once; enabling lets them log in again', async () => {
    const admin = await createSignedInUser(t, libraryId, Role.LIBRARY_ADMIN);
    const editor = await createUser(t, libraryId, Role.LIBRARY_EDITOR);
    const session = await login(t, editor.email, editor.password);
    expect((await me(session.accessToken)).data?.me.id).toBe(editor.user.id);

    const disabled = await t.gql<{ disableUser: { disabled: boolean } }>(
      'mutation($id: ID!) { disableUser(id: $id) { disabled } }',
      { id: editor.user.id },
      admin.headers,
    );
    expect(disabled.data).toEqual({ disableUser: { disabled: true } });
    expect(errorOf(await me(session.accessToken)).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await refresh(session.refreshToken)).code).toBe('UNAUTHENTICATED');
    const refused = await t.gql(LOGIN, { email: editor.email, password: editor.password }, fromNewAddress());
    expect(errorOf(refused)).toEqual({ code: 'UNAUTHENTICATED', subCode: 'INVALID_CREDENTIALS' });

    const enabled = await t.gql<{ enableUser: { disabled: boolean } }>(
      'mutation($id: ID!) { enableUser(id: $id) { disabled } }',
      { id: editor.user.id },
      admin.headers,
    );
    expect(enabled.data).toEqual({ enableUser: { disabled: false } });
    // the old session stays ended; a new login works
    expect(errorOf(await me(session.accessToken)).code).toBe('UNAUTHENTICATED');
    const again = await login(t, editor.email, editor.password);
    expect((await me(again.accessToken)).data?.me.id).toBe(editor.user.id);
  });

  it('deactivating a library ends its users’ sessions and refuses their logins', async () => {
    const library = await createLibrary(t);
    const editor = await createSignedInUser(t, library.id, Role.LIBRARY_EDITOR);
    await asOwner(t, 'UPDATE tenants SET active = false WHERE id = $1', [library.id]);
    expect(errorOf(await me(editor.accessToken)).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await refresh(editor.refreshToken)).code).toBe('UNAUTHENTICATED');
    const refused = await t.gql(LOGIN, { email: editor.email, password: editor.password }, fromNewAddress());
    expect(errorOf(refused)).toEqual({ code: 'UNAUTHENTICATED', subCode: 'INVALID_CREDENTIALS' });
  });

  describe('rate limiting', () => {
    const attempt = (email: string, password: string, headers: Record<string, string>) =>
      t.gql(LOGIN, { email, password }, headers);

    it('after 5 failed logins for one account refuses the 6th, even with the right password', async () => {
      const user = await createUser(t, libraryId, Role.LIBRARY_EDITOR);
      for (let i = 0; i < 5; i++) {
        // each from another address, so only the per-account counter can trip
        const res = await attempt(user.email, `wrong password ${i}`, fromNewAddress());
        expect(errorOf(res)).toEqual({ code: 'UNAUTHENTICATED', subCode: 'INVALID_CREDENTIALS' });
      }
      const limited = await attempt(user.email, user.password, fromNewAddress());
      expect(limited.data).toBeNull();
      const extensions = limited.errors![0].extensions!;
      expect(extensions).toMatchObject({ code: 'RATE_LIMITED', subCode: 'TOO_MANY_ATTEMPTS' });
      const retry = extensions['retryAfterSeconds'];
      expect(typeof retry).toBe('number');
      expect(retry).toBeGreaterThan(0);
      expect(retry).toBeLessThanOrEqual(15 * 60);
      expect(limited.errors![0].message).toContain(`${retry as number} seconds`);
      // the same e-mail in another case is the same account
      const upper = await attempt(user.email.toUpperCase(), user.password, fromNewAddress());
      expect(errorOf(upper).code).toBe('RATE_LIMITED');
      // other accounts are not affected
      const other = await createUser(t, libraryId, Role.LIBRARY_EDITOR);
      await expect(login(t, other.email, other.password, fromNewAddress())).resolves.toBeDefined();
    });

    it('does not let a burst of simultaneous guesses past the per-account limit', async () => {
      const user = await createUser(t, libraryId, Role.LIBRARY_EDITOR);
      const results = await Promise.all(
        Array.from({ length: 12 }, (_, i) => attempt(user.email, `guess ${i}`, fromNewAddress())),
      );
      const codes = results.map((r) => errorOf(r).code);
      expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(5);
      expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(7);
    });

    it('limits failed logins per client address across accounts', async () => {
      const address = fromNewAddress();
      for (let i = 0; i < 30; i++) {
        const res = await attempt(`unknown-${i}@example.nl`, 'whatever password', address);
        expect(errorOf(res).code).toBe('UNAUTHENTICATED');
      }
      const user = await createUser(t, libraryId, Role.LIBRARY_EDITOR);
      const limited = await attempt(user.email, user.password, address);
      expect(errorOf(limited).code).toBe('RATE_LIMITED');
      expect(limited.errors![0].extensions!['retryAfterSeconds']).toBeGreaterThan(0);
      await expect(login(t, user.email, user.password, fromNewAddress())).resolves.toBeDefined();
    });

    it('a successful login resets the account counter', async () => {
      const user = await createUser(t, libraryId, Role.LIBRARY_EDITOR);
      for (let i = 0; i < 4; i++) await attempt(user.email, 'wrong password', fromNewAddress());
      await login(t, user.email, user.password, fromNewAddress());
      for (let i = 0; i < 4; i++) await attempt(user.email, 'wrong password', fromNewAddress());
      await expect(login(t, user.email, user.password, fromNewAddress())).resolves.toBeDefined();
    });
  });
});
