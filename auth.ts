// Auth.js: e-mail and password sign-in for editors, JWT sessions in HttpOnly SameSite cookies.
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db/connection";
import { verifySignIn } from "@/db/mutations/sign-in";

export class ThrottledSignIn extends CredentialsSignin {
  code = "throttled";
}

function clientAddress(request: Request | undefined): string {
  const forwarded = request?.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || request?.headers.get("x-real-ip") || "unknown";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
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
          address: clientAddress(request),
        });
        if (result.kind === "throttled") throw new ThrottledSignIn();
        if (result.kind === "wrong") return null;
        return { id: String(result.user.id), name: result.user.displayName, email: result.user.email };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.uid = Number(user.id);
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === "number") session.user.id = String(token.uid);
      return session;
    },
  },
});
