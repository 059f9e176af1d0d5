// SPDX-License-Identifier: MIT
#include "shadow/ShadowTopics.h"

#include <QTest>

using namespace larder::shadow;

class TestShadowTopics : public QObject
{
    Q_OBJECT
private slots:
    void buildsAwsTopics()
    {
        const ShadowTopics classic(QStringLiteral("fridge-1"));
        QCOMPARE(classic.request(ShadowOperation::Update),
                 QStringLiteral("$aws/things/fridge-1/shadow/update"));
        QCOMPARE(classic.answer(ShadowOperation::Get, "accepted"),
                 QStringLiteral("$aws/things/fridge-1/shadow/get/accepted"));
        const ShadowTopics named(QStringLiteral("t"), QStringLiteral("simShadow1"));
        QCOMPARE(named.answer(ShadowOperation::Update, "delta"),
                 QStringLiteral("$aws/things/t/shadow/name/simShadow1/update/delta"));
    }
    void parsesRequestsAndAnswers()
    {
        auto t = ShadowTopic::parse("$aws/things/fridge-1/shadow/name/$cam:1/delete/accepted");
        QVERIFY(t);
        QCOMPARE(t->thing, QStringLiteral("fridge-1"));
        QCOMPARE(t->shadowName, QStringLiteral("$cam:1"));
        QCOMPARE(t->operation, ShadowOperation::Delete);
        QCOMPARE(t->answer, QStringLiteral("accepted"));
        auto r = ShadowTopic::parse("$aws/things/x/shadow/update");
        QVERIFY(r && r->answer.isEmpty() && r->shadowName.isEmpty());
    }
    void rejectsHostileTopics_data()
    {
        QTest::addColumn<QString>("topic");
        QTest::newRow("empty") << "";
        QTest::newRow("wildcard thing") << "$aws/things/+/shadow/get";
        QTest::newRow("hash") << "$aws/things/#/shadow/get";
        QTest::newRow("space") << "$aws/things/a b/shadow/get";
        QTest::newRow("unknown op") << "$aws/things/a/shadow/patch";
        QTest::newRow("delta on get") << "$aws/things/a/shadow/get/delta";
        QTest::newRow("extra level") << "$aws/things/a/shadow/get/accepted/more";
        QTest::newRow("long name") << "$aws/things/" + QString(129, 'a') + "/shadow/get";
        QTest::newRow("named no op") << "$aws/things/a/shadow/name/s";
        QTest::newRow("other prefix") << "things/a/shadow/get";
    }
    void rejectsHostileTopics()
    {
        QFETCH(QString, topic);
        QVERIFY(!ShadowTopic::parse(topic));
    }
    void nameRules()
    {
        QVERIFY(ShadowTopics::isValidThingName(QString(128, 'a')));
        QVERIFY(!ShadowTopics::isValidThingName(QString(129, 'a')));
        QVERIFY(!ShadowTopics::isValidThingName("a$b"));
        QVERIFY(ShadowTopics::isValidShadowName("$a"));
        QVERIFY(!ShadowTopics::isValidShadowName(QString(65, 'a')));
    }
};

QTEST_GUILESS_MAIN(TestShadowTopics)
#include "tst_shadowtopics.moc"
