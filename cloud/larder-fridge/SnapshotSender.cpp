// SPDX-License-Identifier: MIT
#include "SnapshotSender.h"

#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSnapshots, "larder.fridge.snapshots")

namespace larder::fridge {

SnapshotSender::SnapshotSender(mqtt::MqttClient *client, const QString &thing,
                               const QSslConfiguration &tls, QObject *parent)
    : QObject(parent), m_sender(client, thing, tls), m_thing(thing)
{
}

void SnapshotSender::send(QList<Shot> shots, Done done)
{
    if (m_busy) {
        // A door closed again before the last pictures went: the newer ones win.
        m_queue = std::move(shots);
        m_done = std::move(done);
        return;
    }
    m_busy = true;
    m_queue = std::move(shots);
    m_done = std::move(done);
    m_stored = {};
    next();
}

void SnapshotSender::next()
{
    if (m_queue.isEmpty()) {
        m_busy = false;
        if (m_done)
            m_done(std::exchange(m_stored, {}));
        return;
    }
    const Shot shot = m_queue.takeFirst();
    m_sender.send(
        {QStringLiteral("snapshot"), QStringLiteral("image/jpeg"), shot.jpeg},
        [this, shelf = shot.shelf](const QString &key, const QString &, const QString &why) {
            if (key.isEmpty())
                qCWarning(lcSnapshots).noquote()
                    << m_thing << "the" << shelf << "shelf's picture was not sent:" << why;
            else
                m_stored.append(
                    QJsonObject{{QStringLiteral("shelf"), shelf}, {QStringLiteral("key"), key}});
            next();
        });
}

} // namespace larder::fridge
