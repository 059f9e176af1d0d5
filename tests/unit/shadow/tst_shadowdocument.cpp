// SPDX-License-Identifier: MIT
// ShadowDocument against PROTOCOLS.md section 1 and AWS's worked example.
#include "shadow/ShadowDocument.h"
#include "shadow/ShadowJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace larder::shadow;

namespace {
QByteArray j(const char *text)
{
    return QByteArray(text);
}
QJsonObject obj(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}
/// The value at a slash-separated @p path inside @p object.
QJsonValue at(const QJsonObject &object, const QString &path)
{
    QJsonValue value = object;
    for (const QString &key : path.split(u'/'))
        value = value.toObject().value(key);
    return value;
}
QJsonObject accepted(ShadowDocument &doc, const char *payload, qint64 now = 1000)
{
    auto result = doc.update(payload, now);
    if (result.error)
        qWarning() << result.error->code << result.error->message;
    return result.outcome ? result.outcome->accepted : QJsonObject{};
}
} // namespace

class TestShadowDocument : public QObject
{
    Q_OBJECT
private slots:
    void awsWorkedExample();
    void mergeAndNullRemoval();
    void desiredNullRemovesSection();
    void arraysAreValues();
    void deltaKeepsNestedPath();
    void deltaIncludesUnchangedDifferences();
    void versionIncrementsAndConflicts();
    void clientTokenEchoedEverywhere();
    void validationMessages_data();
    void validationMessages();
    void sizeLimit();
    void deleteKeepsVersion();
    void storageRoundTrip();
    void failedUpdateLeavesDocumentUnchanged();
    void leafPathsAndPruning();
    void amplifyingUpdates_data();
    void amplifyingUpdates();
};

void TestShadowDocument::awsWorkedExample()
{
    ShadowDocument doc;
    // 1) get before creation → 404
    auto got = doc.get({}, 100, QStringLiteral("simShadow1"));
    QVERIFY(got.error);
    QCOMPARE(got.error->code, 404);
    QCOMPARE(got.error->message, QStringLiteral("No shadow exists with name: 'simShadow1'"));

    // 2) reported
    auto r1 = doc.update(
        j(R"({"state":{"reported":{"ID":"SmartLamp21","ColorRGB":[128,128,128]}}})"), 101);
    QVERIFY(r1.outcome);
    QCOMPARE(r1.outcome->accepted.value("version").toInt(), 1);
    QVERIFY(!r1.outcome->delta);

    // 3) desired → array metadata of three timestamps and a delta
    auto r2 = doc.update(j(R"({"state":{"desired":{"ColorRGB":[255,255,0]}}})"), 102);
    QVERIFY(r2.outcome);
    const QJsonArray meta = at(r2.outcome->accepted, "metadata/desired/ColorRGB").toArray();
    QCOMPARE(meta.size(), 3);
    for (const auto &m : meta)
        QCOMPARE(m.toObject().value("timestamp").toInteger(), 102);
    QVERIFY(r2.outcome->delta);
    QCOMPARE(r2.outcome->delta->value("state").toObject(), obj(R"({"ColorRGB":[255,255,0]})"));
    QCOMPARE(r2.outcome->delta->value("version").toInt(), 2);
    QCOMPARE(at((*r2.outcome->delta), "metadata/ColorRGB").toArray().size(), 3);

    // 4) reported catches up → documents previous/current, no delta
    auto r3 = doc.update(j(R"({"state":{"reported":{"ColorRGB":[255,255,0]}}})"), 103);
    QVERIFY(r3.outcome);
    QVERIFY(!r3.outcome->delta);
    const QJsonObject documents = r3.outcome->documents;
    QCOMPARE(at(documents, "previous/state/reported/ColorRGB").toArray(),
             (QJsonArray{128, 128, 128}));
    QCOMPARE(at(documents, "current/state/reported/ColorRGB").toArray(), (QJsonArray{255, 255, 0}));
    QCOMPARE(at(documents, "previous/version").toInt(), 2);
    QCOMPARE(at(documents, "current/version").toInt(), 3);
    QCOMPARE(at(documents, "current/state/reported/ID").toString(), QStringLiteral("SmartLamp21"));

    auto full = doc.get({}, 104, QStringLiteral("simShadow1"));
    QVERIFY(full.outcome);
    QVERIFY(!full.outcome->accepted["state"].toObject().contains("delta"));
    QCOMPARE(full.outcome->accepted["version"].toInt(), 3);
}

void TestShadowDocument::mergeAndNullRemoval()
{
    ShadowDocument doc;
    accepted(doc, R"({"state":{"reported":{"a":1,"b":{"c":2,"d":3}}}})");
    accepted(doc, R"({"state":{"reported":{"b":{"c":null},"e":5}}})");
    QCOMPARE(doc.reported(), obj(R"({"a":1,"b":{"d":3},"e":5})"));
    QVERIFY(!at(doc.metadata(), "reported/b").toObject().contains("c"));
    accepted(doc, R"({"state":{"reported":{"b":{"d":null}}}})");
    QCOMPARE(doc.reported(), obj(R"({"a":1,"e":5})")); // emptied object pruned
}

void TestShadowDocument::desiredNullRemovesSection()
{
    ShadowDocument doc;
    accepted(doc, R"({"state":{"desired":{"a":1},"reported":{"a":2}}})");
    QVERIFY(!doc.delta().isEmpty());
    accepted(doc, R"({"state":{"desired":null}})");
    QVERIFY(doc.desired().isEmpty());
    QVERIFY(doc.delta().isEmpty());
    QVERIFY(!doc.metadata().contains("desired"));
}

void TestShadowDocument::arraysAreValues()
{
    ShadowDocument doc;
    accepted(doc, R"({"state":{"reported":{"list":[1,2,3]}}})");
    accepted(doc, R"({"state":{"reported":{"list":[9]}}})");
    QCOMPARE(doc.reported()["list"].toArray(), (QJsonArray{9}));
    auto bad = doc.update(j(R"({"state":{"reported":{"list":[1,null]}}})"), 1);
    QVERIFY(bad.error);
    QCOMPARE(bad.error->code, 400);
}

void TestShadowDocument::deltaKeepsNestedPath()
{
    ShadowDocument doc;
    accepted(doc, R"({"state":{"reported":{"lights":{"color":{"r":255,"g":0,"b":255}}}}})");
    auto r =
        doc.update(j(R"({"state":{"desired":{"lights":{"color":{"r":255,"g":255,"b":255}}}}})"), 5);
    QVERIFY(r.outcome && r.outcome->delta);
    QCOMPARE(r.outcome->delta->value("state").toObject(), obj(R"({"lights":{"color":{"g":255}}})"));
    QCOMPARE(at((*r.outcome->delta), "metadata/lights/color/g/timestamp").toInteger(), 5);
}

void TestShadowDocument::deltaIncludesUnchangedDifferences()
{
    ShadowDocument doc;
    accepted(doc, R"({"state":{"desired":{"a":1,"b":2},"reported":{"a":0,"b":0}}})");
    auto r = doc.update(j(R"({"state":{"desired":{"b":3}}})"), 7);
    QVERIFY(r.outcome->delta);
    QCOMPARE(r.outcome->delta->value("state").toObject(), obj(R"({"a":1,"b":3})"));
    // a desired field missing from reported is part of the delta
    accepted(doc, R"({"state":{"desired":{"new":true}}})");
    QVERIFY(doc.delta().contains("new"));
}

void TestShadowDocument::versionIncrementsAndConflicts()
{
    ShadowDocument doc;
    QCOMPARE(accepted(doc, R"({"state":{"reported":{"a":1}}})")["version"].toInt(), 1);
    QCOMPARE(accepted(doc, R"({"state":{"reported":{"a":2}},"version":1})")["version"].toInt(), 2);
    auto conflict =
        doc.update(j(R"({"state":{"reported":{"a":3}},"version":1,"clientToken":"t1"})"), 9);
    QVERIFY(conflict.error);
    QCOMPARE(conflict.error->code, 409);
    QCOMPARE(conflict.error->message, QStringLiteral("Version conflict"));
    QCOMPARE(conflict.clientToken, QStringLiteral("t1"));
    QCOMPARE(doc.version(), 2);
    QCOMPARE(doc.reported()["a"].toInt(), 2);
}

void TestShadowDocument::clientTokenEchoedEverywhere()
{
    ShadowDocument doc;
    auto r = doc.update(j(R"({"state":{"desired":{"x":1}},"clientToken":"abc"})"), 1);
    QCOMPARE(r.outcome->accepted["clientToken"].toString(), QStringLiteral("abc"));
    QCOMPARE(r.outcome->documents["clientToken"].toString(), QStringLiteral("abc"));
    QCOMPARE(r.outcome->delta->value("clientToken").toString(), QStringLiteral("abc"));
    auto g = doc.get(j(R"({"clientToken":"g1"})"), 2, "s");
    QCOMPARE(g.outcome->accepted["clientToken"].toString(), QStringLiteral("g1"));
    const QJsonObject err = ShadowError{400, "Invalid JSON"}.toJson(3, "zz");
    QCOMPARE(err["clientToken"].toString(), QStringLiteral("zz"));
    QCOMPARE(err["code"].toInt(), 400);
}

void TestShadowDocument::validationMessages_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("not json") << j("{nope") << 400 << "Invalid JSON";
    QTest::newRow("array root") << j("[1,2]") << 400 << "Invalid JSON";
    QTest::newRow("no state") << j(R"({"version":1})") << 400 << "Missing required node: state";
    QTest::newRow("state string") << j(R"({"state":"x"})") << 400 << "State node must be an object";
    QTest::newRow("desired array")
        << j(R"({"state":{"desired":[1]}})") << 400 << "Desired node must be an object";
    QTest::newRow("reported number")
        << j(R"({"state":{"reported":3}})") << 400 << "Reported node must be an object";
    QTest::newRow("version string")
        << j(R"({"state":{},"version":"1"})") << 400 << "Invalid version";
    QTest::newRow("version fraction")
        << j(R"({"state":{},"version":1.5})") << 400 << "Invalid version";
    QTest::newRow("token number") << j(R"({"state":{},"clientToken":5})") << 400
                                  << "Invalid clientToken";
    QTest::newRow("token too long")
        << ("{\"state\":{},\"clientToken\":\"" + QByteArray(65, 'x') + "\"}") << 400
        << "Invalid clientToken";
    QTest::newRow("unknown node") << j(R"({"state":{"delta":{}}})") << 400
                                  << "State contains an invalid node";
    QTest::newRow("too deep")
        << j(R"({"state":{"desired":{"a":{"b":{"c":{"d":{"e":{"f":{"g":1}}}}}}}}})") << 400
        << "JSON contains too many levels of nesting; maximum is 6";
    QTest::newRow("not utf8") << QByteArray("{\"state\":{\"reported\":{\"a\":\"\xff\xfe\"}}}")
                              << 415
                              << "Unsupported documented encoding; supported encoding is UTF-8";
    QTest::newRow("huge payload") << QByteArray(130 * 1024, ' ') + "{}" << 413
                                  << "The payload exceeds the maximum size allowed";
}

void TestShadowDocument::validationMessages()
{
    QFETCH(QByteArray, payload);
    QFETCH(int, code);
    QFETCH(QString, message);
    ShadowDocument doc;
    auto r = doc.update(payload, 1);
    QVERIFY(r.error);
    QCOMPARE(r.error->code, code);
    QCOMPARE(r.error->message, message);
    QVERIFY(!doc.exists());
}

void TestShadowDocument::sizeLimit()
{
    ShadowDocument doc;
    const QByteArray big(8000, 'a');
    QVERIFY(!doc.update("{\"state\":{\"reported\":{\"a\":\"" + big + "\"}}}", 1).error);
    auto r = doc.update("{\"state\":{\"desired\":{\"b\":\"" + QByteArray(500, 'b') + "\"}}}", 2);
    QVERIFY(r.error);
    QCOMPARE(r.error->code, 413);
    QCOMPARE(doc.version(), 1);
    // six levels are allowed
    QVERIFY(
        !doc.update(j(R"({"state":{"desired":{"a":{"b":{"c":{"d":{"e":{"f":1}}}}}}}})"), 3).error);
}

void TestShadowDocument::deleteKeepsVersion()
{
    ShadowDocument doc;
    accepted(doc, R"({"state":{"reported":{"a":1}}})");
    accepted(doc, R"({"state":{"reported":{"a":2}}})");
    auto del = doc.remove(j(R"({"clientToken":"d"})"), 50, "s");
    QVERIFY(del.outcome);
    QCOMPARE(del.outcome->accepted, obj(R"({"version":2,"timestamp":50,"clientToken":"d"})"));
    QVERIFY(!doc.exists());
    QVERIFY(doc.remove({}, 51, "s").error);
    QCOMPARE(accepted(doc, R"({"state":{"reported":{"a":3}}})")["version"].toInt(), 3);
    QVERIFY(!doc.reported().contains("b"));
}

void TestShadowDocument::storageRoundTrip()
{
    ShadowDocument doc;
    accepted(doc, R"({"state":{"desired":{"x":[1,2]},"reported":{"x":[1],"y":{"z":true}}}})", 77);
    const ShadowDocument copy = ShadowDocument::fromStorage(doc.toStorage());
    QCOMPARE(copy.fullDocument(1), doc.fullDocument(1));
    QVERIFY(!ShadowDocument::fromStorage(QJsonObject{{"garbage", 1}}).exists());
}

void TestShadowDocument::failedUpdateLeavesDocumentUnchanged()
{
    ShadowDocument doc;
    accepted(doc, R"({"state":{"reported":{"a":1}}})");
    const QJsonObject before = doc.toStorage();
    QVERIFY(
        doc.update(j(R"({"state":{"reported":{"a":{"b":{"c":{"d":{"e":{"f":{"g":1}}}}}}}}})"), 5)
            .error);
    QCOMPARE(doc.toStorage(), before);
}

namespace {
/// `{"state":{SECTION:{"k0":VALUE,"k1":VALUE,…}}}` with @p count keys.
QByteArray manyKeys(const char *section, int count, const char *value)
{
    QByteArray keys;
    for (int i = 0; i < count; ++i)
        keys += (i ? "," : "") + QByteArray("\"k") + QByteArray::number(i) + "\":" + value;
    return "{\"state\":{\"" + QByteArray(section) + "\":{" + keys + "}}}";
}
QByteArray longArray(const char *section, int count)
{
    QByteArray items;
    for (int i = 0; i < count; ++i)
        items += i ? ",1" : "1";
    return "{\"state\":{\"" + QByteArray(section) + "\":{\"a\":[" + items + "]}}}";
}
} // namespace

void TestShadowDocument::leafPathsAndPruning()
{
    const QJsonObject state =
        obj(R"({"desired":{"fridge":{"setpoint":4,"x":[1,2]},"mode":"eco"}})");
    QCOMPARE(json::leafPaths(state),
             (QStringList{"desired/fridge/setpoint", "desired/fridge/x", "desired/mode"}));
    QCOMPARE(json::withoutPaths(state, {"desired/fridge/setpoint", "desired/fridge/x"}),
             obj(R"({"desired":{"mode":"eco"}})"));
    const QStringList all = json::leafPaths(state);
    QVERIFY(json::withoutPaths(state, QSet<QString>(all.cbegin(), all.cend())).isEmpty());
}

void TestShadowDocument::amplifyingUpdates_data()
{
    QTest::addColumn<QByteArray>("setup");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("fits");
    // Every answer (accepted, documents, delta, and a later get) must fit in one message:
    // an update whose answers would not is refused with AWS's 413, the shadow unchanged.
    const QByteArray small = R"({"state":{"reported":{"b":[1]}}})";
    QTest::newRow("9,000 keys set to null") << small << manyKeys("desired", 9000, "null") << false;
    QTest::newRow("9,000 nulls in reported")
        << small << manyKeys("reported", 9000, "null") << false;
    QTest::newRow("3,000-element arrays in both sections (metadata per element)")
        << longArray("desired", 3000) << longArray("reported", 3000) << false;
    QTest::newRow("200 keys set to null") << small << manyKeys("desired", 200, "null") << true;
    QTest::newRow("1,000-element arrays in both sections")
        << longArray("desired", 1000) << longArray("reported", 1000) << true;
}

void TestShadowDocument::amplifyingUpdates()
{
    QFETCH(QByteArray, setup);
    QFETCH(QByteArray, payload);
    QFETCH(bool, fits);
    QVERIFY(payload.size() <= ShadowLimits::maxPayloadBytes);
    const qint64 now = 1'764'000'000; // timestamps of today's length
    ShadowDocument doc;
    QVERIFY(!doc.update(setup, now).error);
    const QJsonObject before = doc.toStorage();
    const auto result = doc.update(payload, now + 1);
    if (!fits) {
        QVERIFY(result.error);
        QCOMPARE(result.error->code, 413);
        QCOMPARE(result.error->message, "The payload exceeds the maximum size allowed");
        QCOMPARE(doc.toStorage(), before);
        return;
    }
    QVERIFY(result.outcome);
    for (const QJsonObject &answer :
         {result.outcome->accepted, result.outcome->documents, doc.fullDocument(now + 1)})
        QVERIFY(json::compactSize(answer) <= ShadowLimits::maxPayloadBytes);
}

QTEST_GUILESS_MAIN(TestShadowDocument)
#include "tst_shadowdocument.moc"
