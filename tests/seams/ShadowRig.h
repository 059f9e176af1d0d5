// SPDX-License-Identifier: MIT
#pragma once

#include "FakeMqttTransport.h"
#include "mqtt/MqttClient.h"
#include "shadow/ShadowClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

/// A ShadowClient for the thing "fridge-1" on a FakeMqttTransport, with the cloud's side played
/// by the test: answer the get, accept or reject an update, report as the device would.
namespace shadowrig {

inline const QString kPrefix = QStringLiteral("$aws/things/fridge-1/shadow/");

inline QJsonObject parse(const QByteArray &payload)
{
    return QJsonDocument::fromJson(payload).object();
}
inline QByteArray dump(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

struct ShadowRig
{
    FakeMqttTransport *wire = new FakeMqttTransport;
    larder::mqtt::MqttClient client{std::unique_ptr<FakeMqttTransport>(wire)};
    larder::shadow::ShadowClient shadow{&client, QStringLiteral("fridge-1")};
    qint64 version = 7;
    QJsonObject document{{"desired", QJsonObject{{"mode", "normal"}}},
                         {"reported", QJsonObject{{"mode", "normal"}}}};

    ShadowRig()
    {
        client.setBackoff({5, 20, 0.0});
        shadow.setVersionChecks(true);
    }
    /// Connects, answers the first get with `document`, and says whether the client is in sync.
    bool sync()
    {
        shadow.start();
        client.connectToHost();
        if (!QTest::qWaitFor([this] { return hasSent(kPrefix + "get"); }, 1000))
            return false;
        answerGet();
        return shadow.isSynced();
    }
    bool hasSent(const QString &topic) const { return wire->hasSent(topic); }
    void answerGet()
    {
        const QList<QByteArray> gets = wire->takeSent(kPrefix + "get");
        const QString token = parse(gets.value(0)).value("clientToken").toString();
        wire->deliver(kPrefix + "get/accepted",
                      dump({{"state", document}, {"version", version}, {"clientToken", token}}));
    }
    /// The updates the client published since the last call, parsed.
    QList<QJsonObject> updates()
    {
        QList<QJsonObject> out;
        for (const QByteArray &payload : wire->takeSent(kPrefix + "update"))
            out.append(parse(payload));
        return out;
    }
    void accept(const QJsonObject &update)
    {
        ++version;
        wire->deliver(kPrefix + "update/accepted",
                      dump({{"state", update.value("state")},
                            {"version", version},
                            {"timestamp", 1700000000},
                            {"clientToken", update.value("clientToken")}}));
    }
    void reject(const QJsonObject &update, int code, const QString &message)
    {
        wire->deliver(kPrefix + "update/rejected",
                      dump({{"code", code},
                            {"message", message},
                            {"clientToken", update.value("clientToken")}}));
    }
    /// The device reports @p reported (someone else's update: no token of ours).
    void deviceReports(const QJsonObject &reported)
    {
        ++version;
        wire->deliver(kPrefix + "update/accepted",
                      dump({{"state", QJsonObject{{"reported", reported}}},
                            {"version", version},
                            {"timestamp", 1700000001},
                            {"clientToken", "device-1"}}));
    }
};

} // namespace shadowrig
