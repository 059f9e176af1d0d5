// SPDX-License-Identifier: MIT
#include "AccountActions.h"
#include "AuthSession.h"
#include "CognitoClient.h"

#include "common/Guarded.h"

#include <QRegularExpression>

namespace larder::auth {

namespace {
QString whereTheCodeWent(const AuthResult &result, const QString &email)
{
    const QString destination =
        result.body.value(u"CodeDeliveryDetails").toObject().value(u"Destination").toString();
    return destination.isEmpty() ? email : destination;
}
/// The problems of a form, as one paragraph.
QString problems(std::initializer_list<QString> found)
{
    QStringList out;
    for (const QString &problem : found)
        if (!problem.isEmpty())
            out << problem;
    return out.join(u' ');
}
} // namespace

AccountActions::AccountActions(CognitoClient *cognito, AuthSession *session, QObject *parent)
    : QObject(parent), m_cognito(cognito), m_session(session)
{
}

QString AccountActions::emailProblem(const QString &email)
{
    static const QRegularExpression shape(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    if (email.trimmed().isEmpty())
        return tr("Enter your e-mail address.");
    if (!shape.match(email.trimmed()).hasMatch())
        return tr("This does not look like an e-mail address.");
    return {};
}

QString AccountActions::passwordProblem(const QString &password)
{
    if (password.size() < 8)
        return tr("At least 8 characters.");
    bool lower = false, upper = false, digit = false;
    for (const QChar c : password) {
        lower = lower || c.isLower();
        upper = upper || c.isUpper();
        digit = digit || c.isDigit();
    }
    if (!lower || !upper)
        return tr("Use both upper- and lower-case letters.");
    if (!digit)
        return tr("Add a number.");
    return {};
}

QString AccountActions::codeProblem(const QString &code)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{6}$"));
    return digits.match(code.trimmed()).hasMatch() ? QString() : tr("The code has 6 digits.");
}

QString AccountActions::nameProblem(const QString &name, bool required)
{
    const QString cleaned = name.simplified();
    if (cleaned.isEmpty())
        return required ? tr("Enter the name your family knows you by.") : QString();
    if (cleaned.size() > maxNameLength)
        return tr("At most %n characters.", nullptr, maxNameLength);
    for (const QChar c : cleaned)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return tr("Use letters, numbers and ordinary punctuation.");
    return {};
}

void AccountActions::signUp(const QString &email, const QString &password, const QString &name)
{
    if (const QString problem =
            problems({nameProblem(name, false), emailProblem(email), passwordProblem(password)});
        !problem.isEmpty()) {
        m_error = problem;
        return;
    }
    if (!begin())
        return;
    m_email = email.trimmed();
    m_password = password;
    m_cognito->signUp(
        m_email, password, name, guarded(this, [this](const AuthResult &result) {
            if (!end(result))
                return;
            m_notice = tr("We sent a 6-digit code to %1.").arg(whereTheCodeWent(result, m_email));
            emit confirmationNeeded();
        }));
}

void AccountActions::confirm(const QString &code)
{
    if (const QString problem = codeProblem(code); !problem.isEmpty()) {
        m_error = problem;
        return;
    }
    if (!begin())
        return;
    m_cognito->confirmSignUp(m_email, code.trimmed(),
                             guarded(this, [this](const AuthResult &result) {
                                 if (!end(result))
                                     return;
                                 m_notice = tr("Your account is confirmed.");
                                 emit completed();
                                 if (!m_password.isEmpty())
                                     m_session->signIn(m_email, std::exchange(m_password, {}));
                             }));
}

void AccountActions::resendCode(const QString &email)
{
    if (!email.isEmpty()) {
        m_email = email.trimmed();
        m_password.clear();
    }
    if (!begin())
        return;
    m_cognito->resendCode(
        m_email, guarded(this, [this](const AuthResult &result) {
            if (!end(result))
                return;
            m_notice = tr("We sent a new code to %1.").arg(whereTheCodeWent(result, m_email));
            emit confirmationNeeded();
        }));
}

void AccountActions::forgotPassword(const QString &email)
{
    if (const QString problem = emailProblem(email); !problem.isEmpty()) {
        m_error = problem;
        return;
    }
    if (!begin())
        return;
    m_email = email.trimmed();
    m_cognito->forgotPassword(m_email, guarded(this, [this](const AuthResult &result) {
                                  if (!end(result))
                                      return;
                                  m_notice = tr("We sent a code to %1 to set a new password.")
                                                 .arg(whereTheCodeWent(result, m_email));
                                  emit resetCodeSent();
                              }));
}

void AccountActions::resetPassword(const QString &code, const QString &newPassword)
{
    if (const QString problem = problems({codeProblem(code), passwordProblem(newPassword)});
        !problem.isEmpty()) {
        m_error = problem;
        return;
    }
    if (!begin())
        return;
    m_cognito->confirmForgotPassword(m_email, code.trimmed(), newPassword,
                                     guarded(this, [this, newPassword](const AuthResult &result) {
                                         if (!end(result))
                                             return;
                                         m_notice = tr("Your new password is set.");
                                         emit completed();
                                         m_session->signIn(m_email, newPassword);
                                     }));
}

void AccountActions::changeName(const QString &name)
{
    if (const QString problem = nameProblem(name); !problem.isEmpty()) {
        m_error = problem;
        return;
    }
    if (m_session->tokens().accessToken.isEmpty()) {
        m_error = tr("Sign in first.");
        return;
    }
    if (!begin())
        return;
    m_notice = QString();
    const QString chosen = name.simplified();
    m_cognito->updateName(m_session->tokens().accessToken, chosen,
                          guarded(this, [this, chosen](const AuthResult &result) {
                              if (!end(result))
                                  return;
                              m_notice = tr("Saved. Your family sees you as %1.").arg(chosen);
                              emit nameChanged();
                              m_session->refresh(); // new tokens carry the name
                          }));
}

void AccountActions::reset()
{
    m_error = QString();
    m_notice = QString();
}

bool AccountActions::begin()
{
    if (m_busy)
        return false;
    m_busy = true;
    m_error = QString();
    return true;
}

bool AccountActions::end(const AuthResult &result)
{
    m_busy = false;
    if (!result.ok)
        m_error = result.message;
    return result.ok;
}

} // namespace larder::auth
