// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QString>

#include <memory>

namespace larder::pairing {
struct PairingPayload;
}

class CloudFixture;

/// HTTPS calls to a CloudFixture's larder-cloud, trusting its CA: the Cognito API, the REST
/// API, and account helpers (sign up, confirm from the outbox, sign in).
class CloudHttp
{
public:
    struct Answer
    {
        int status = 0;
        QJsonObject body;
        QByteArray instance; ///< which larder-cloud instance answered (x-larder-instance)
        QString type() const { return body.value(QStringLiteral("__type")).toString(); }
    };

    explicit CloudHttp(const CloudFixture &cloud);
    bool isReady() const { return !m_profile.isEmpty(); }
    QJsonObject profile() const { return m_profile; }

    /// `AWSCognitoIdentityProviderService.{operation}`; adds the ClientId unless @p withClient is
    /// false.
    Answer cognito(const QString &operation, QJsonObject request, bool withClient = true);
    /// A REST call under the API base (e.g. "GET", "/families"), with an ID token if given.
    Answer api(const QByteArray &method, const QString &path, const QJsonObject &body = {},
               const QString &idToken = {});
    Answer get(const QString &absolutePath);
    Answer send(const QByteArray &method, const QString &url, const QByteArray &body,
                const QList<QPair<QByteArray, QByteArray>> &headers);

    /// The newest code mailed to @p email (from DATA/outbox).
    QString latestCode(const QString &email) const;
    /// Signs up and confirms an account; false on any failure.
    bool createAccount(const QString &email, const QString &password);
    /// Accounts `{who}@example.com` (password `Fridge-{who}-2026X`) signed in: their ID tokens by
    /// name; empty on any failure.
    QHash<QString, QString> signedInAccounts(const QStringList &who);
    /// A family named @p name owned by @p ownerToken's user, which @p memberTokens join by
    /// invitation: its id, or "" on any failure.
    QString createFamily(const QString &name, const QString &ownerToken,
                         const QStringList &memberTokens = {});
    /// Two neighbours: "ann" with the family "Home", "eve" with "Next door" (signed in); false
    /// when any step fails.
    struct Neighbours
    {
        QHash<QString, QString> tokens;
        QString home, nextDoor;
    };
    bool neighbours(Neighbours *out);
    /// Whether api() and cognito() wait and try again (up to a second) when the edge answers 429,
    /// as a polite client does; attack tests turn it off to count the 429s.
    void setBackOff(bool on) { m_backOff = on; }
    /// A request to an absolute URL exactly as given (a presigned URL is not re-encoded): its
    /// status, body, Content-Type and ETag.
    struct Raw
    {
        int status = 0;
        QByteArray body;
        QByteArray contentType;
        QByteArray etag;
    };
    Raw raw(const QByteArray &method, const QString &url, const QByteArray &body = {},
            const QList<QPair<QByteArray, QByteArray>> &headers = {});
    /// The same, its request line written byte for byte over TLS (QUrl would normalise
    /// `%4E` to `N`): what a hostile client sends. Only the status line is read.
    Raw verbatim(const QByteArray &method, const QString &url, const QByteArray &body = {},
                 const QList<QPair<QByteArray, QByteArray>> &headers = {});
    /// A TLS connection to @p url's host that trusts the cloud's CA, connected and encrypted
    /// (or not, see its error); for requests sent by hand, slowly for instance.
    std::unique_ptr<QSslSocket> connectTo(const QString &url) const;
    /// The request line and headers of @p method on @p url (its path and query as given).
    static QByteArray requestHead(const QByteArray &method, const QString &url, qint64 bodySize,
                                  const QList<QPair<QByteArray, QByteArray>> &headers);
    /// `POST /registration` for the fridge on @p label into @p familyId, as @p idToken's user.
    Answer pair(const larder::pairing::PairingPayload &label, const QString &familyId,
                const QString &deviceName, const QString &idToken);
    /// Item @p id of the list at @p listPath (`/devices/{id}/ingredients`,
    /// `/families/{id}/shopping`) as the cloud holds it, removed ones too; {} when absent.
    QJsonObject listItem(const QString &listPath, const QString &id, const QString &idToken);
    /// A support account made by `larder-cloud add-staff` and signed in: its ID token (empty on
    /// failure).
    QString signedInStaff(const QString &email);
    /// USER_PASSWORD_AUTH; the AuthenticationResult (empty on failure, see @p answer).
    QJsonObject signIn(const QString &email, const QString &password, Answer *answer = nullptr);

private:
    const CloudFixture &m_cloud;
    QNetworkAccessManager m_net;
    QSslConfiguration m_tls;
    QJsonObject m_profile;
    bool m_backOff = true;
};
