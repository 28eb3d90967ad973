import {
  HOME_ACCESS_KEY_ID,
  HOME_ACCOUNT_ID,
  HOME_PRINCIPAL_ARN,
  HOME_SECRET_ACCESS_KEY,
  HOME_USER_ID,
} from "../constants";
import { type AwsError, expiredToken, invalidToken, type Protocol } from "../errors";
import { randomIamId, randomSecret } from "./ids";

/** Who is calling: the home user, or a role session created by AssumeRole. */
export type Caller = {
  accountId: string;
  /** As GetCallerIdentity reports it (`arn:aws:sts::ACCT:assumed-role/ROLE/SESSION` for sessions). */
  arn: string;
  userId: string;
  /** The ARN a trust policy's `AWS` principal is matched against (the role ARN for a role session). */
  principalArn: string;
  accessKeyId: string;
};

export type Session = Caller & {
  secretAccessKey: string;
  sessionToken: string;
  expiration: Date;
};

export type SessionStore = {
  create(input: Omit<Session, "accessKeyId" | "secretAccessKey" | "sessionToken">): Session;
  resolve(
    accessKeyId: string,
    sessionToken: string | undefined,
    now: Date,
    protocol: Protocol,
  ): Caller | AwsError;
  count(): number;
};

const HOME: Caller = {
  accountId: HOME_ACCOUNT_ID,
  arn: HOME_PRINCIPAL_ARN,
  userId: HOME_USER_ID,
  principalArn: HOME_PRINCIPAL_ARN,
  accessKeyId: HOME_ACCESS_KEY_ID,
};

export const HOME_CREDENTIALS = { accessKeyId: HOME_ACCESS_KEY_ID, secretAccessKey: HOME_SECRET_ACCESS_KEY };

export function createSessionStore(): SessionStore {
  const sessions = new Map<string, Session>();
  return {
    create(input) {
      // Temporary credentials use the ASIA prefix; a fresh key per session, as STS does.
      const session: Session = {
        ...input,
        accessKeyId: randomIamId("ASIA"),
        secretAccessKey: randomSecret(40),
        sessionToken: `FwoGZXIvYXdzE${randomSecret(120)}`,
      };
      sessions.set(session.accessKeyId, session);
      return session;
    },
    resolve(accessKeyId, sessionToken, now, protocol) {
      if (accessKeyId === HOME_ACCESS_KEY_ID) return HOME;
      const session = sessions.get(accessKeyId);
      if (!session || session.sessionToken !== sessionToken) return invalidToken(protocol);
      if (session.expiration.getTime() <= now.getTime()) return expiredToken(protocol);
      return session;
    },
    count: () => sessions.size,
  };
}
