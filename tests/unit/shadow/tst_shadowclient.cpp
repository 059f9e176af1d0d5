// SPDX-License-Identifier: MIT
// ShadowClient on a scripted transport, the cloud's answers written by the test: sync after the
// grants, writes with clientToken and version, at most 4 in flight, resend after a dropped
// connection, 429 retries that leave newer fields to newer requests, timeouts, 409 re-apply.
// Milliseconds; the live broker and cloud are in tests/integration.
#include "ShadowRig.h"

#include <QSignalSpy>
#include <QTest>

using larder::mqtt::MqttClient;
using larder::shadow::ShadowClient;
using namespace shadowrig;

class TestShadowClient : public QObject
{
    Q_OBJECT

private slots:
    void syncsOnlyAfterEveryGrant()
    {
        ShadowRig rig;
        rig.wire->acceptConnections = true;
        rig.shadow.start();
        rig.client.connectToHost();
        QTRY_COMPARE(rig.wire->subscriptions.size(), 5);
        QVERIFY(rig.wire->subscriptions.contains(kPrefix + "update/documents"));
        QTRY_VERIFY(rig.hasSent(kPrefix + "get"));
        QCOMPARE(rig.wire->takeSent(kPrefix + "get").size(), 1);
        QVERIFY(!rig.shadow.isSynced());
        QCOMPARE(rig.updates().size(), 0);
    }

    void refusedSubscriptionIsASentence()
    {
        ShadowRig rig;
        rig.wire->refusedFilters.insert(kPrefix + "get/accepted");
        rig.shadow.start();
        rig.client.connectToHost();
        QTRY_VERIFY(!rig.shadow.error().isEmpty());
        QVERIFY(rig.shadow.error().contains("fridge-1"));
        QCOMPARE(rig.wire->takeSent(kPrefix + "get").size(), 0);
    }

    void refusalIsAskedAgainAndHeals()
    {
        // Someone who joined the family a moment ago: the broker's cached answer refuses once.
        ShadowRig rig;
        rig.shadow.setRefusalRetryDelay(20);
        rig.wire->refusedFilters.insert(kPrefix + "get/accepted");
        rig.shadow.start();
        rig.client.connectToHost();
        QTRY_VERIFY(!rig.shadow.error().isEmpty());
        rig.wire->refusedFilters.clear(); // the membership is known now
        QTRY_VERIFY(rig.hasSent(kPrefix + "get"));
        rig.answerGet();
        QVERIFY(rig.shadow.isSynced());
        QVERIFY(rig.shadow.error().isEmpty());
    }

    void writesCarryTokenAndVersionAndResolve()
    {
        ShadowRig rig;
        QVERIFY(rig.sync());
        QCOMPARE(rig.shadow.version(), 7);
        const QString token = rig.shadow.updateDesired({{"mode", "eco"}});
        const QList<QJsonObject> sent = rig.updates();
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.at(0).value("clientToken").toString(), token);
        QCOMPARE(sent.at(0).value("version").toInteger(), 7);
        QCOMPARE(rig.shadow.pendingIntent().value("mode").toString(), QStringLiteral("eco"));
        QSignalSpy accepted(&rig.shadow, &ShadowClient::updateAccepted);
        rig.accept(sent.at(0));
        QCOMPARE(accepted.count(), 1);
        QVERIFY(rig.shadow.pendingIntent().isEmpty());
        QCOMPARE(rig.shadow.desired().value("mode").toString(), QStringLiteral("eco"));
        QCOMPARE(rig.shadow.version(), 8);
    }

    void atMostFourWritesInFlight()
    {
        ShadowRig rig;
        QVERIFY(rig.sync());
        for (int i = 0; i < 6; ++i)
            rig.shadow.updateDesired({{QStringLiteral("f%1").arg(i), i}});
        QList<QJsonObject> sent = rig.updates();
        QCOMPARE(sent.size(), 4);
        rig.accept(sent.at(0));
        QTRY_VERIFY(rig.hasSent(kPrefix + "update")); // the fifth, once one was answered
        sent = rig.updates();
        QCOMPARE(sent.size(), 1);
        QVERIFY(sent.at(0).value("state").toObject().value("desired").toObject().contains("f4"));
    }

    void droppedConnectionResendsWithTheSameToken()
    {
        ShadowRig rig;
        QVERIFY(rig.sync());
        const QString token = rig.shadow.updateDesired({{"iceMaker", true}});
        QCOMPARE(rig.updates().size(), 1);
        rig.wire->drop();
        QVERIFY(!rig.shadow.isSynced());
        QTRY_COMPARE(rig.client.state(), MqttClient::Connected);
        QTRY_VERIFY(rig.hasSent(kPrefix + "get")); // the get that resynchronises comes first
        rig.answerGet();
        const QList<QJsonObject> again = rig.updates();
        QCOMPARE(again.size(), 1);
        QCOMPARE(again.at(0).value("clientToken").toString(), token);
    }

    void throttledRetryLeavesNewerFieldsToNewerRequests()
    {
        ShadowRig rig;
        QVERIFY(rig.sync());
        rig.shadow.updateDesired({{"mode", "eco"}, {"iceMaker", true}});
        const QJsonObject first = rig.updates().value(0);
        rig.shadow.updateDesired({{"mode", "vacation"}});
        const QJsonObject second = rig.updates().value(0);
        rig.reject(first, 429, "Too many requests");
        QTRY_VERIFY(rig.hasSent(kPrefix + "update")); // after 100 ms
        const QList<QJsonObject> retried = rig.updates();
        const QJsonObject desired =
            retried.at(0).value("state").toObject().value("desired").toObject();
        QCOMPARE(retried.at(0).value("clientToken"), first.value("clientToken"));
        QVERIFY(desired.contains("iceMaker"));
        QVERIFY(!desired.contains("mode")); // the newer request writes it
        rig.accept(second);
        rig.accept(retried.at(0));
        QCOMPARE(rig.shadow.desired().value("mode").toString(), QStringLiteral("vacation"));
        QVERIFY(rig.shadow.pendingIntent().isEmpty());
    }

    void unansweredWriteIsSentThreeTimesThenFails()
    {
        ShadowRig rig;
        rig.shadow.setRequestTimeout(20);
        QVERIFY(rig.sync());
        QSignalSpy failed(&rig.shadow, &ShadowClient::requestFailed);
        const QString token = rig.shadow.updateDesired({{"mode", "eco"}});
        QVERIFY(failed.wait(1000));
        QCOMPARE(failed.at(0).at(0).toString(), token);
        QCOMPARE(failed.at(0).at(1).toInt(), 0);
        QCOMPARE(rig.updates().size(), 3);
    }

    void conflictRefetchesAndReapplies()
    {
        ShadowRig rig;
        QVERIFY(rig.sync());
        rig.shadow.updateDesired({{"mode", "eco"}});
        const QJsonObject first = rig.updates().value(0);
        rig.reject(first, 409, "Version conflict");
        QVERIFY(!rig.shadow.isSynced());
        rig.version = 12; // someone else wrote meanwhile
        QTRY_VERIFY(rig.hasSent(kPrefix + "get"));
        rig.answerGet();
        const QJsonObject again = rig.updates().value(0);
        QCOMPARE(again.value("clientToken"), first.value("clientToken"));
        QCOMPARE(again.value("version").toInteger(), 12);
    }
};

QTEST_GUILESS_MAIN(TestShadowClient)
#include "tst_shadowclient.moc"
