// SPDX-License-Identifier: MIT
#include "TestFridge.h"

#include "shadow/ShadowJson.h"

#include <QJsonDocument>
#include <QTest>

TestFridge::TestFridge(QObject *parent)
    : QObject(parent), m_wire(new FakeMqttTransport),
      m_client(std::unique_ptr<FakeMqttTransport>(m_wire)),
      m_fridge(&m_client, QStringLiteral("fridge-1"), QStringLiteral("Kitchen"))
{
    m_reported = initialReport();
    connect(m_wire, &FakeMqttTransport::published, this,
            [this](const larder::mqtt::PendingPublish &message) {
                if (message.topic != prefix() + QStringLiteral("update"))
                    return;
                const QJsonObject body = QJsonDocument::fromJson(message.payload).object();
                m_pending.append(body);
                m_lastDesired = body.value("state").toObject().value("desired").toObject();
                ++m_writes;
                emit wrote();
            });
}

QJsonObject TestFridge::initialReport()
{
    return {{"fridge", QJsonObject{{"setpoint", 4.0}, {"temperature", 4.2}}},
            {"freezer", QJsonObject{{"setpoint", -18}, {"temperature", -18.3}}},
            {"mode", "normal"},
            {"iceMaker", true}};
}

QString TestFridge::prefix() const
{
    return QStringLiteral("$aws/things/fridge-1/shadow/");
}

void TestFridge::deliver(const QString &suffix, const QJsonObject &body)
{
    m_wire->deliver(prefix() + suffix, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

bool TestFridge::sync()
{
    if (m_fridge.synced()) {
        // Another test ran before: back to the first document, nothing pending.
        m_pending.clear();
        m_reported = initialReport();
        deliver(QStringLiteral("update/documents"),
                {{"current", QJsonObject{{"state", QJsonObject{{"desired", QJsonObject{}},
                                                               {"reported", m_reported}}},
                                         {"version", ++m_version}}},
                 {"timestamp", 1700000000}});
        m_writes = 0;
        m_lastDesired = {};
        emit wrote();
        return m_fridge.synced();
    }
    m_fridge.start();
    m_client.connectToHost();
    if (!QTest::qWaitFor([this] { return m_wire->hasSent(prefix() + QStringLiteral("get")); },
                         2000))
        return false;
    const QJsonObject get =
        QJsonDocument::fromJson(m_wire->takeSent(prefix() + QStringLiteral("get")).value(0))
            .object();
    deliver(QStringLiteral("get/accepted"),
            {{"state", QJsonObject{{"desired", QJsonObject{}}, {"reported", m_reported}}},
             {"version", m_version},
             {"clientToken", get.value("clientToken")}});
    return m_fridge.synced();
}

void TestFridge::confirmWrites(bool obey)
{
    for (const QJsonObject &update : std::exchange(m_pending, {})) {
        deliver(QStringLiteral("update/accepted"), {{"state", update.value("state")},
                                                    {"version", ++m_version},
                                                    {"timestamp", 1700000000},
                                                    {"clientToken", update.value("clientToken")}});
        const QJsonObject desired = update.value("state").toObject().value("desired").toObject();
        if (obey)
            m_reported = larder::shadow::json::merge(m_reported, desired);
        // The fridge reports (all it does, whether it obeyed or not).
        deliver(QStringLiteral("update/accepted"),
                {{"state", QJsonObject{{"reported", m_reported}}},
                 {"version", ++m_version},
                 {"timestamp", 1700000001},
                 {"clientToken", "fridge-1-report"}});
    }
}
