// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QProperty>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace larder::auth {

class AuthSession;
class CognitoClient;
struct AuthResult;

/// The account steps before there is a session, for the sign-up and password screens: create
/// an account, confirm it with the e-mailed code (then sign in), ask for a new code, and reset
/// a forgotten password (then sign in). Also the inline checks the forms show while typing.
/// The password is kept in memory only between the two steps of one flow.
class AccountActions : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by the app")
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged BINDABLE bindableBusy)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged BINDABLE bindableError)
    /// What just happened, for people ("We sent a code to …").
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged BINDABLE bindableNotice)
    /// The address the current flow is about.
    Q_PROPERTY(QString email READ email NOTIFY emailChanged BINDABLE bindableEmail)

public:
    AccountActions(CognitoClient *cognito, AuthSession *session, QObject *parent = nullptr);

    bool busy() const { return m_busy; }
    QString error() const { return m_error; }
    QString notice() const { return m_notice; }
    QString email() const { return m_email; }
    QBindable<bool> bindableBusy() { return &m_busy; }
    QBindable<QString> bindableError() { return &m_error; }
    QBindable<QString> bindableNotice() { return &m_notice; }
    QBindable<QString> bindableEmail() { return &m_email; }

    /// Creates an account; @p name is what the family will see (optional).
    Q_INVOKABLE void signUp(const QString &email, const QString &password,
                            const QString &name = {});
    /// Changes the signed-in user's name; the session then refreshes to carry it.
    Q_INVOKABLE void changeName(const QString &name);
    /// Confirms the account of `email` with @p code; signs in when the password is known.
    Q_INVOKABLE void confirm(const QString &code);
    /// Starts confirming @p email (an account created earlier): sends a new code.
    Q_INVOKABLE void resendCode(const QString &email = {});
    Q_INVOKABLE void forgotPassword(const QString &email);
    /// Sets a new password with the e-mailed @p code, then signs in with it.
    Q_INVOKABLE void resetPassword(const QString &code, const QString &newPassword);
    /// Clears the error and notice (a form was opened afresh).
    Q_INVOKABLE void reset();

    /// Inline validation: a sentence, or empty when the value is fine.
    Q_INVOKABLE static QString emailProblem(const QString &email);
    Q_INVOKABLE static QString passwordProblem(const QString &password);
    Q_INVOKABLE static QString codeProblem(const QString &code);
    /// A name is optional at sign-up (@p required false) and needed when changing it.
    Q_INVOKABLE static QString nameProblem(const QString &name, bool required = true);

    /// Names have at most this many characters (the cloud's limit too).
    static constexpr int maxNameLength = 64;

signals:
    void busyChanged();
    void errorChanged();
    void noticeChanged();
    void emailChanged();
    /// The account exists but needs its code (after sign-up or resendCode).
    void confirmationNeeded();
    /// A reset code was sent: show the new-password form.
    void resetCodeSent();
    /// The flow is over (confirmed or reset); sign-in follows when the password is known.
    void completed();
    /// The new name is saved.
    void nameChanged();

private:
    /// Starts a call: false (with an error) when one is already running.
    bool begin();
    /// Ends a call: true when it succeeded, else the error is set.
    bool end(const AuthResult &result);

    CognitoClient *m_cognito;
    AuthSession *m_session;
    Q_OBJECT_BINDABLE_PROPERTY_WITH_ARGS(AccountActions, bool, m_busy, false,
                                         &AccountActions::busyChanged)
    Q_OBJECT_BINDABLE_PROPERTY(AccountActions, QString, m_error, &AccountActions::errorChanged)
    Q_OBJECT_BINDABLE_PROPERTY(AccountActions, QString, m_notice, &AccountActions::noticeChanged)
    Q_OBJECT_BINDABLE_PROPERTY(AccountActions, QString, m_email, &AccountActions::emailChanged)
    QString m_password;
};

} // namespace larder::auth
