// SPDX-License-Identifier: MIT
#include "AuthenticatedConnection.h"
#include "AuthSession.h"

#include "mqtt/ClientIds.h"
#include "mqtt/MqttClient.h"

#include <QRandomGenerator>

namespace larder::auth {

AuthenticatedConnection::AuthenticatedConnection(AuthSession *session, mqtt::MqttClient *client,
                                                 const QString &username, QObject *parent)
    : QObject(parent), m_session(session), m_client(client), m_username(username),
      m_suffix(QString::number(QRandomGenerator::global()->generate64(), 36))
{
    connect(m_session, &AuthSession::tokensChanged, this, &AuthenticatedConnection::apply);
    connect(m_session, &AuthSession::stateChanged, this, [this] {
        if (m_session->state() == AuthSession::SignedOut)
            m_client->disconnectFromHost();
    });
    apply();
}

void AuthenticatedConnection::apply()
{
    if (m_session->state() != AuthSession::SignedIn)
        return;
    m_client->setCredentials(m_username, m_session->tokens().idToken);
    // A live connection keeps the token it connected with: reconnect to present the new one.
    if (m_client->state() != mqtt::MqttClient::Disconnected)
        m_client->disconnectFromHost();
    m_client->setClientId(clientids::app(m_session->tokens().sub, m_suffix));
    m_client->connectToHost();
}

} // namespace larder::auth
