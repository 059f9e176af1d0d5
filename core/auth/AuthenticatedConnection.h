// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

namespace larder::mqtt {
class MqttClient;
}

namespace larder::auth {

class AuthSession;

/// Keeps an MQTT connection to the app listener signed in with the session's current ID token
/// (as the password, as with AWS IoT custom authentication): connects when signed in, moves to
/// fresh tokens after every refresh (the broker refuses traffic once a token has expired), and
/// disconnects when the session ends. Its client id is the user's own, `app.{sub}.{random}`
/// (the broker refuses any other), the random part fixed for the life of this object.
class AuthenticatedConnection : public QObject
{
    Q_OBJECT
public:
    /// @p username: e.g. "app?x-amz-customauthorizer-name=larder" (AWS: the authorizer's name).
    AuthenticatedConnection(AuthSession *session, mqtt::MqttClient *client, const QString &username,
                            QObject *parent = nullptr);

private:
    void apply();

    AuthSession *m_session;
    mqtt::MqttClient *m_client;
    QString m_username;
    QString m_suffix;
};

} // namespace larder::auth
