// SPDX-License-Identifier: MIT
#include "AuthSession.h"

#include "common/Guarded.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAuth, "larder.auth", QtInfoMsg)

namespace larder::auth {

AuthSession::AuthSession(CognitoClient *cognito, SessionStore *store, QObject *parent)
    : QObject(parent), m_cognito(cognito), m_store(store)
{
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &AuthSession::refresh);
}

void AuthSession::restore()
{
    const QString account = m_store->lastAccount();
    if (account.isEmpty()) {
        setState(SignedOut);
        return;
    }
    setState(Restoring);
    m_store->load(account, guarded(this, [this, account](const QString &token, const QString &why) {
                      if (token.isEmpty()) {
                          qCInfo(lcAuth) << "no stored session for" << account << why;
                          setState(SignedOut);
                          return;
                      }
                      m_tokens.refreshToken = token;
                      m_tokens.email = account;
                      refresh();
                  }));
}

void AuthSession::signIn(const QString &email, const QString &password)
{
    if (email.trimmed().isEmpty() || password.isEmpty()) {
        setError(tr("Enter your e-mail address and your password."));
        return;
    }
    setBusy(true);
    setError({});
    m_cognito->signIn(email, password, guarded(this, [this](const AuthResult &result) {
                          setBusy(false);
                          if (!result.ok) {
                              setError(result.message, result.errorType);
                              return;
                          }
                          adopt(AuthTokens::fromAuthenticationResult(
                              result.body.value(u"AuthenticationResult").toObject()));
                      }));
}

void AuthSession::refresh()
{
    if (m_tokens.refreshToken.isEmpty())
        return;
    m_cognito->refresh(
        m_tokens.refreshToken, guarded(this, [this](const AuthResult &result) {
            if (result.ok) {
                adopt(AuthTokens::fromAuthenticationResult(
                    result.body.value(u"AuthenticationResult").toObject(), m_tokens.refreshToken));
            } else if (result.errorType == u"NetworkError") {
                // Offline: keep what we have and try again soon.
                if (m_state == Restoring)
                    setState(SignedOut);
                setError(result.message);
                m_refreshTimer.start(30'000);
            } else {
                end(tr("You were signed out (%1). Please sign in again.").arg(result.message));
            }
        }));
}

void AuthSession::signOut()
{
    const QString account = m_tokens.email;
    const QString access = m_tokens.accessToken;
    m_refreshTimer.stop();
    m_tokens = {};
    m_store->remove(account, [](bool) {});
    m_store->setLastAccount({});
    setError({});
    setState(SignedOut);
    if (!access.isEmpty())
        m_cognito->globalSignOut(access, [](const AuthResult &) {});
}

void AuthSession::adopt(const AuthTokens &tokens)
{
    if (!tokens.isValid()) {
        end(tr("The sign-in answer was incomplete. Please try again."));
        return;
    }
    m_tokens = tokens;
    m_store->save(
        tokens.email, tokens.refreshToken, guarded(this, [this](bool ok, const QString &why) {
            if (!ok)
                qCWarning(lcAuth) << "could not keep the session in the keychain:" << why;
            const QString problem =
                ok ? QString()
                   : tr("This device has no keychain Larder can use, so you will need to sign in "
                        "again next time.");
            if (problem != m_keychainProblem) {
                m_keychainProblem = problem;
                emit keychainProblemChanged();
            }
        }));
    m_store->setLastAccount(tokens.email);
    const qint64 seconds =
        QDateTime::currentDateTimeUtc().secsTo(tokens.expiresAt) - refreshMarginSeconds;
    m_refreshTimer.start(int(std::clamp<qint64>(seconds, 5, 24 * 3600) * 1000));
    setError({});
    setState(SignedIn);
    emit tokensChanged();
}

void AuthSession::end(const QString &reason)
{
    const QString account = m_tokens.email;
    m_refreshTimer.stop();
    m_tokens = {};
    m_store->remove(account, [](bool) {});
    setError(reason);
    setState(SignedOut);
    emit sessionEnded(reason);
}

void AuthSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged();
}

void AuthSession::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged();
}

void AuthSession::setError(const QString &error, const QString &type)
{
    if (m_error == error && m_errorType == type)
        return;
    m_error = error;
    m_errorType = type;
    emit errorChanged();
}

} // namespace larder::auth
