// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractHttpServer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QTemporaryDir>

#include <functional>

/// An HTTPS server in the test's own process (NeoChat's way of testing its HTTP clients): TLS
/// with a CA made at run time, every request recorded, every answer written by the test's
/// handler — a status and JSON, a delay, or a hang-up. For fast tests of ApiClient,
/// CognitoClient and what sits on them; the real cloud is proven in tests/integration.
class FakeHttpsServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QString path;                          ///< with the query
        QHash<QByteArray, QByteArray> headers; ///< names in lower case
        QByteArray body;
        QJsonObject json() const;
        /// Cognito's operation, from X-Amz-Target ("SignUp").
        QString operation() const;
    };
    struct Reply
    {
        int status = 200;
        QJsonObject json;
        int delayMs = 0;     ///< answer this much later
        bool hangUp = false; ///< close the connection without an answer
    };
    using Handler = std::function<Reply(const Request &)>;

    explicit FakeHttpsServer(QObject *parent = nullptr);

    /// Makes the PKI and listens on a free loopback port; false with @p error.
    bool start(QString *error);
    QString baseUrl() const;
    QString caFile() const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    /// Every request so far, in order.
    QList<Request> requests;

    /// A Cognito error answer (400 with `__type`).
    static Reply cognitoError(const QString &type, const QString &message = {});
    /// A REST API error answer (`{"error","message"}`).
    static Reply apiError(int status, const QString &error, const QString &message);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    Handler m_handler;
};
