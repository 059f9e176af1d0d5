// SPDX-License-Identifier: MIT
#pragma once

#include "AuthTokens.h"
#include "CognitoClient.h"
#include "SessionStore.h"

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace larder::auth {

/// The signed-in user, for every screen: signs in, restores the session at startup from the
/// keychain without asking for the password, refreshes tokens before they expire, and ends
/// the session (with a sentence) when the cloud revoked it.
class AuthSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by the app")
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString email READ email NOTIFY stateChanged)
    /// The name the family sees (the account's `name`); empty until one is chosen.
    Q_PROPERTY(QString name READ name NOTIFY tokensChanged)
    /// The account's stable id (`sub`): what lists record as "added by" for "You".
    Q_PROPERTY(QString userId READ userId NOTIFY tokensChanged)
    /// A support account (the `support` group): it opens diagnostics, not a family's app.
    Q_PROPERTY(bool staff READ staff NOTIFY tokensChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    /// The identity service's error type behind `error` (e.g. "UserNotConfirmedException").
    Q_PROPERTY(QString errorType READ errorType NOTIFY errorChanged)
    /// Set when the session cannot be kept for the next start (no keychain on this device).
    Q_PROPERTY(QString keychainProblem READ keychainProblem NOTIFY keychainProblemChanged)

public:
    enum State { SignedOut, Restoring, SignedIn };
    Q_ENUM(State)

    AuthSession(CognitoClient *cognito, SessionStore *store, QObject *parent = nullptr);

    State state() const { return m_state; }
    QString email() const { return m_tokens.email; }
    QString name() const { return m_tokens.name; }
    QString userId() const { return m_tokens.sub; }
    bool staff() const { return m_tokens.groups.contains(QStringLiteral("support")); }
    bool busy() const { return m_busy; }
    QString error() const { return m_error; }
    QString errorType() const { return m_errorType; }
    QString keychainProblem() const { return m_keychainProblem; }
    const AuthTokens &tokens() const { return m_tokens; }

    /// Restores the last account's session from the keychain (SignedOut if there is none).
    Q_INVOKABLE void restore();
    Q_INVOKABLE void signIn(const QString &email, const QString &password);
    /// Signs out everywhere (GlobalSignOut) and forgets the stored session.
    Q_INVOKABLE void signOut();
    /// Refreshes now (also scheduled before expiry).
    Q_INVOKABLE void refresh();

    static constexpr int refreshMarginSeconds = 300;

signals:
    void stateChanged();
    void busyChanged();
    void errorChanged();
    void keychainProblemChanged();
    /// New ID/access tokens (sign-in or refresh): connections should use them.
    void tokensChanged();
    /// The session ended without the user asking (revoked, expired): back to sign-in.
    void sessionEnded(const QString &reason);

private:
    void adopt(const AuthTokens &tokens);
    void end(const QString &reason);
    void setState(State state);
    void setBusy(bool busy);
    void setError(const QString &error, const QString &type = {});

    CognitoClient *m_cognito;
    SessionStore *m_store;
    AuthTokens m_tokens;
    State m_state = SignedOut;
    bool m_busy = false;
    QString m_error;
    QString m_errorType;
    QString m_keychainProblem;
    QTimer m_refreshTimer;
};

} // namespace larder::auth
