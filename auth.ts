// Auth.js: e-mail and password sign-in for editors. The JWT cookie (HttpOnly, SameSite) names a row in `sessions`;
// every read of the session checks that row, so sign-out, „Alle Sitzungen beenden“, a password change or
// deactivation end a session at once instead of when its cookie expires.
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db/connection";
import { endSession, sessionStillLive, startSession } from "@/db/mutations/sessions";
import { verifySignIn } from "@/db/mutations/sign-in";
import { clientAddress } from "@/lib/http/client-address";

const SESSION_SECONDS = 8 * 60 * 60;

export class ThrottledSignIn extends CredentialsSignin {
  constructor(retryAfterSeconds: number) {
    super();
    // The sign-in action reads the wait from the code to tell the editor how long.
    this.code = `throttled-${retryAfterSeconds}`;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  session: { strategy: "jwt", maxAge: SESSION_SECONDS },
  pages: { signIn: "/anmelden" },
  // Auth.js distrusts the Host header in production unless told otherwise. Our only provider is credentials, and every
  // redirect after sign-in is reduced to a path on this site (lib/safe-redirect.ts), so the header cannot send anyone
  // elsewhere; absolute URLs come from SITE_URL.
  trustHost: true,
  logger: {
    // A wrong password is an expected event, not a server error worth a stack trace.
    error(error) {
      if (error.name === "CredentialsSignin" || (error as { type?: string }).type === "CredentialsSignin") return;
      console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: "E-Mail" }, password: { label: "Passwort", type: "password" } },
      async authorize(credentials, request) {
        const result = await verifySignIn(await getDb(), {
          email: credentials?.email,
          password: credentials?.password,
          address: clientAddress(request?.headers),
        });
        if (result.kind === "throttled") throw new ThrottledSignIn(result.retryAfterSeconds);
        if (result.kind === "wrong") return null;
        return { id: String(result.user.id), name: result.user.displayName, email: result.user.email };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user?.id) return { ...token, uid: Number(user.id), sid: await startSession(await getDb(), Number(user.id), SESSION_SECONDS) };
      // Returning null makes Auth.js treat the cookie as signed out (and clear it where it can).
      return (await sessionStillLive(getDb, token.sid, token.uid)) ? token : null;
    },
    session({ session, token }) {
      if (typeof token.uid === "number") session.user.id = String(token.uid);
      return session;
    },
  },
  events: {
    async signOut(message) {
      if ("token" in message && message.token) await endSession(await getDb(), message.token.sid);
    },
  },
});
