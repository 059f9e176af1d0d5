// SPDX-License-Identifier: MIT
// The official AWS SDK for JavaScript's Cognito user-pool client against larder-cloud's
// identity service, unchanged: an account with a display name (Cognito's `name` attribute),
// its tokens carrying the name, and the name changed. Run by tst_identity with:
//   LARDER_COGNITO_ENDPOINT  https://127.0.0.1:PORT (the identity endpoint)
//   LARDER_COGNITO_CLIENT    the app client id
//   LARDER_EMAIL, LARDER_PASSWORD, LARDER_NAME (and LARDER_NEW_NAME for `rename`)
//   LARDER_CODE              the e-mailed code (for `confirm`)
//   NODE_EXTRA_CA_CERTS      the cloud's CA
// `signup` signs up with the name; `confirm` confirms with the code; `rename` signs in, reads
// the name from the ID token and GetUser, changes it with UpdateUserAttributes and refreshes,
// and prints what each step saw as one JSON object. Non-zero on the first surprise.
import {
  CognitoIdentityProviderClient, SignUpCommand, ConfirmSignUpCommand, InitiateAuthCommand,
  GetUserCommand, UpdateUserAttributesCommand,
} from '@aws-sdk/client-cognito-identity-provider';

const env = (name) => {
  const value = process.env[name];
  if (!value) { console.error(`cognito-account: ${name} is not set`); process.exit(2); }
  return value;
};
const client = new CognitoIdentityProviderClient({
  region: 'local', endpoint: env('LARDER_COGNITO_ENDPOINT'),
  // The user-pool calls made here are unsigned (public client); the SDK still wants credentials.
  credentials: { accessKeyId: 'unused', secretAccessKey: 'unused' },
});
const ClientId = env('LARDER_COGNITO_CLIENT');
const Username = env('LARDER_EMAIL');
const claims = (jwt) => JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8'));
const attribute = (list, name) => (list.find(a => a.Name === name) || {}).Value;

async function main(mode) {
  if (mode === 'signup') {
    const up = await client.send(new SignUpCommand({
      ClientId, Username, Password: env('LARDER_PASSWORD'),
      UserAttributes: [{ Name: 'email', Value: Username }, { Name: 'name', Value: env('LARDER_NAME') }],
    }));
    console.log(JSON.stringify({ confirmed: up.UserConfirmed, sub: up.UserSub }));
  } else if (mode === 'confirm') {
    await client.send(new ConfirmSignUpCommand({ ClientId, Username, ConfirmationCode: env('LARDER_CODE') }));
    console.log(JSON.stringify({ confirmed: true }));
  } else if (mode === 'rename') {
    const signedIn = await client.send(new InitiateAuthCommand({
      ClientId, AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: Username, PASSWORD: env('LARDER_PASSWORD') },
    }));
    const tokens = signedIn.AuthenticationResult;
    const before = await client.send(new GetUserCommand({ AccessToken: tokens.AccessToken }));
    await client.send(new UpdateUserAttributesCommand({
      AccessToken: tokens.AccessToken, UserAttributes: [{ Name: 'name', Value: env('LARDER_NEW_NAME') }],
    }));
    const after = await client.send(new GetUserCommand({ AccessToken: tokens.AccessToken }));
    const refreshed = await client.send(new InitiateAuthCommand({
      ClientId, AuthFlow: 'REFRESH_TOKEN_AUTH', AuthParameters: { REFRESH_TOKEN: tokens.RefreshToken },
    }));
    console.log(JSON.stringify({
      idTokenName: claims(tokens.IdToken).name,
      getUserName: attribute(before.UserAttributes, 'name'),
      getUserEmail: attribute(before.UserAttributes, 'email'),
      username: before.Username,
      afterName: attribute(after.UserAttributes, 'name'),
      refreshedName: claims(refreshed.AuthenticationResult.IdToken).name,
    }));
  } else {
    console.error(`cognito-account: unknown mode ${mode}`);
    process.exit(2);
  }
}

main(process.argv[2]).catch((error) => {
  console.error(`cognito-account: ${error.name}: ${error.message}`);
  process.exit(1);
});
