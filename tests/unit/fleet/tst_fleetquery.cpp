// SPDX-License-Identifier: MIT
// The fleet search's query syntax, table-driven: what each valid query means (in its canonical
// spelling) and where each hostile or malformed one is refused, with the reason.
#include "larder-cloud/fleet/FleetQuery.h"

#include <QTest>

using namespace larder::cloud::fleet;

class TestFleetQuery : public QObject
{
    Q_OBJECT
private slots:
    void valid_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("everything") << "*"
                                    << "*";
        QTest::newRow("name prefix") << "thingName:LRD0000*"
                                     << "thingName:lrd0000*";
        QTest::newRow("exact mode") << "shadow.reported.mode:eco"
                                    << "shadow.reported.mode:eco";
        QTest::newRow("offline") << "connectivity.connected:false"
                                 << "connectivity.connected:false";
        QTest::newRow("firmware prefix") << "shadow.reported.firmware:1.4.*"
                                         << "shadow.reported.firmware:1.4.*";
        QTest::newRow("greater") << "shadow.reported.fridge.temperature>8"
                                 << "shadow.reported.fridge.temperature>8";
        QTest::newRow("at most") << "shadow.reported.freezer.temperature<=-14.5"
                                 << "shadow.reported.freezer.temperature<=-14.5";
        QTest::newRow("range") << "shadow.reported.fridge.temperature:[2 TO 6.5]"
                               << "shadow.reported.fridge.temperature:[2 TO 6.5]";
        QTest::newRow("default AND") << "thingTypeName:LF-300 connectivity.connected:true"
                                     << "thingTypeName:lf\\-300 AND connectivity.connected:true";
        QTest::newRow("AND OR precedence")
            << "shadow.reported.mode:eco OR shadow.reported.mode:vacation AND alerts.open>0"
            << "shadow.reported.mode:eco OR shadow.reported.mode:vacation AND alerts.open>0";
        QTest::newRow("parentheses")
            << "(shadow.reported.mode:eco OR shadow.reported.mode:vacation) AND alerts.open>0"
            << "(shadow.reported.mode:eco OR shadow.reported.mode:vacation) AND alerts.open>0";
        QTest::newRow("NOT and minus")
            << "NOT connectivity.connected:true -thingGroupNames:lab"
            << "NOT connectivity.connected:true AND NOT thingGroupNames:lab";
        QTest::newRow("escaped") << "thingName:a\\:b\\*"
                                 << "thingName:a\\:b\\*";
        QTest::newRow("desired and delta")
            << "shadow.desired.fridge.setpoint:4 AND shadow.hasDelta:true"
            << "shadow.desired.fridge.setpoint:4 AND shadow.hasDelta:true";
        QTest::newRow("case of values") << "shadow.reported.mode:ECO"
                                        << "shadow.reported.mode:eco";
        QTest::newRow("twelve terms") << QStringList(12, "alerts.open>0").join(" OR ")
                                      << QStringList(12, "alerts.open>0").join(" OR ");
    }
    void valid()
    {
        QFETCH(QString, query);
        QFETCH(QString, canonical);
        const auto parsed = query::parse(query);
        if (const auto *error = std::get_if<QueryError>(&parsed))
            QFAIL(qPrintable(QString("%1 at %2").arg(error->message).arg(error->position)));
        const QString spelled = query::toString(std::get<QueryNode>(parsed));
        QCOMPARE(spelled, canonical);
        // The canonical spelling means the same again.
        const auto again = query::parse(spelled);
        QVERIFY(std::holds_alternative<QueryNode>(again));
        QCOMPARE(query::toString(std::get<QueryNode>(again)), spelled);
    }

    void meaning()
    {
        const auto parsed = query::parse("thingTypeName:LF-300 connectivity.connected:true");
        const auto &node = std::get<QueryNode>(parsed);
        QCOMPARE(node.kind, QueryNode::Kind::And);
        QCOMPARE(node.children.size(), size_t(2));
        QCOMPARE(node.children[0].term.field, QStringLiteral("thingTypeName"));
        QCOMPARE(node.children[0].term.text, QStringLiteral("lf-300"));
        const auto range =
            std::get<QueryNode>(query::parse("shadow.reported.fridge.temperature:[2 TO 6.5]"));
        QCOMPARE(range.term.op, Term::Op::Between);
        QCOMPARE(*range.term.number, 2.0);
        QCOMPARE(*range.term.high, 6.5);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << "  " << 1 << "empty";
        QTest::newRow("unbalanced open") << "(thingName:a OR thingName:b" << 1 << "never closed";
        QTest::newRow("unbalanced close") << "thingName:a)" << 12 << ") without its (";
        QTest::newRow("dangling OR") << "thingName:a OR" << 15 << "expected a term";
        QTest::newRow("dangling NOT") << "NOT" << 4 << "expected a term";
        QTest::newRow("word alone") << "fridge" << 1 << "field:value";
        QTest::newRow("unknown field") << "families.name:smith" << 1 << "not a field";
        QTest::newRow("member data")
            << "shadow.reported.x:1 AND members:ann" << 25 << "not a field";
        QTest::newRow("leading wildcard") << "thingName:*abc" << 11 << "leading wildcards";
        QTest::newRow("inner wildcard") << "thingName:a*b" << 12 << "only end a value";
        QTest::newRow("bare wildcard value") << "thingName:*" << 11 << "leading wildcards";
        QTest::newRow("not a number")
            << "shadow.reported.fridge.temperature>warm" << 36 << "\"warm\" is not one";
        QTest::newRow("range backwards") << "alerts.open:[5 TO 1]" << 14 << "low end";
        QTest::newRow("range open") << "alerts.open:[1 TO 5" << 13 << "never closed";
        QTest::newRow("range words") << "alerts.open:[a TO b]" << 14 << "numbers";
        QTest::newRow("sql injection") << "thingName:x' OR '1'='1" << 12 << "not allowed";
        QTest::newRow("semicolon") << "thingName:x;DROP" << 12 << "not allowed";
        QTest::newRow("phrase") << "thingName:\"a b\"" << 11 << "not allowed";
        QTest::newRow("deep shadow path")
            << "shadow.reported.a.b.c.d.e.f.g:1" << 1 << "not a field";
        QTest::newRow("odd path") << "shadow.reported.a..b:1" << 1 << "not a field";
        QTest::newRow("too long") << QString(1025, u'a') << 1025 << "at most 1024";
        QTest::newRow("thirteen terms")
            << QStringList(13, "alerts.open>0").join(" OR ") << 205 << "at most 12 terms";
        QTest::newRow("deep nesting")
            << QString(20, u'(') + "alerts.open>0" + QString(20, u')') << 9 << "deeper than 8";
        QTest::newRow("NOT chain")
            << QStringList(20, "NOT").join(' ') + " alerts.open>0" << 33 << "deeper than 8";
        QTest::newRow("long value") << "thingName:" + QString(200, u'x') << 11 << "at most 128";
        QTest::newRow("control character") << QString("thingName:a") + QChar(7) << 12 << "control";
        QTest::newRow("trailing backslash") << "thingName:a\\" << 12 << "escapes";
    }
    void invalid()
    {
        QFETCH(QString, query);
        QFETCH(int, position);
        QFETCH(QString, reason);
        const auto parsed = query::parse(query);
        if (const auto *node = std::get_if<QueryNode>(&parsed))
            QFAIL(qPrintable("accepted as " + query::toString(*node)));
        const QueryError &error = std::get<QueryError>(parsed);
        QVERIFY2(error.message.contains(reason), qPrintable(error.message));
        QCOMPARE(error.position, position);
    }
};

QTEST_GUILESS_MAIN(TestFleetQuery)
#include "tst_fleetquery.moc"
