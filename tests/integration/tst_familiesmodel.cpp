// SPDX-License-Identifier: MIT
// The family screens' model against a live larder-cloud, under QAbstractItemModelTester.
#include "CloudFixture.h"
#include "CloudHttp.h"

#include "api/ApiClient.h"
#include "auth/AuthTokens.h"
#include "family/FamiliesModel.h"
#include "family/FamilyDetails.h"
#include "fridge/FridgeController.h"
#include "fridge/FridgeSelection.h"
#include "mqtt/MqttClient.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace larder::api;
using namespace larder::family;

class TestFamiliesModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void createInviteJoinAndHandOver();
    void failuresAreSentences();
    void selectionFollowsTheFamilies();

private:
    std::unique_ptr<ApiClient> apiFor(const QString &who, const QString &baseUrl = {});
    static bool act(FamiliesModel &model, const std::function<void()> &action);

    CloudFixture m_cloud;
    std::unique_ptr<CloudHttp> m_http;
    QNetworkAccessManager m_net;
    QHash<QString, QString> m_tokens;
};

std::unique_ptr<ApiClient> TestFamiliesModel::apiFor(const QString &who, const QString &baseUrl)
{
    const QJsonObject profile = m_http->profile();
    const QString token = m_tokens.value(who, who); // unknown names: the name is the (bad) token
    return std::make_unique<ApiClient>(
        &m_net, baseUrl.isEmpty() ? profile.value("apiBaseUrl").toString() : baseUrl,
        [token] { return QString(token); }, profile.value("caFile").toString());
}

bool TestFamiliesModel::act(FamiliesModel &model, const std::function<void()> &action)
{
    QSignalSpy finished(&model, &FamiliesModel::actionFinished);
    action();
    if (!finished.wait(10000))
        return false;
    // the reload that follows
    return QTest::qWaitFor([&] { return !model.loading(); }, 10000) &&
           finished.at(0).at(0).toBool();
}

void TestFamiliesModel::initTestCase()
{
    QVERIFY(m_cloud.start());
    m_http = std::make_unique<CloudHttp>(m_cloud);
    for (const QString who : {"ann", "ben"}) {
        QVERIFY(m_http->createAccount(who + "@example.com", "Fridge-" + who + "-2026X"));
        m_tokens.insert(who, m_http->signIn(who + "@example.com", "Fridge-" + who + "-2026X")
                                 .value("IdToken")
                                 .toString());
    }
}

void TestFamiliesModel::createInviteJoinAndHandOver()
{
    auto annApi = apiFor("ann");
    FamiliesModel ann(annApi.get());
    QAbstractItemModelTester annTester(&ann,
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
    ann.setMyUserId(
        larder::auth::AuthTokens::claimsOf(m_tokens.value("ann")).value("sub").toString());
    ann.reload();
    QTRY_VERIFY(!ann.loading());
    QCOMPARE(ann.rowCount(), 0);

    QVERIFY(act(ann, [&] { ann.create("Home"); }));
    QCOMPARE(ann.rowCount(), 1);
    const QModelIndex home = ann.index(0);
    QCOMPARE(home.data(FamiliesModel::NameRole).toString(), QStringLiteral("Home"));
    QVERIFY(home.data(FamiliesModel::IsOwnerRole).toBool());
    QCOMPARE(home.data(FamiliesModel::MemberCountRole).toInt(), 1);
    const QString familyId = home.data(FamiliesModel::FamilyIdRole).toString();

    QSignalSpy invitation(&ann, &FamiliesModel::invitationReady);
    QVERIFY(act(ann, [&] { ann.invite(familyId); }));
    QCOMPARE(invitation.count(), 1);
    const QString code = invitation.at(0).at(1).toString();
    QVERIFY(invitation.at(0).at(2).toString().startsWith("larder://join?code="));

    auto benApi = apiFor("ben");
    FamiliesModel ben(benApi.get());
    QAbstractItemModelTester benTester(&ben,
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(act(ben, [&] { ben.join(code); }));
    QCOMPARE(ben.rowCount(), 1);
    QVERIFY(!ben.index(0).data(FamiliesModel::IsOwnerRole).toBool());
    QVERIFY(!act(ben, [&] { ben.rename(familyId, "Ben's now"); }));
    QCOMPARE(ben.error(), QStringLiteral("Only the family's owner can rename it."));

    // One family's members as the family screen shows them, with what Ann may do to each.
    FamilyDetails details;
    details.setFamilies(&ann);
    details.setFamilyId(familyId);
    QAbstractItemModelTester membersTester(details.members(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(details.exists());
    QVERIFY(details.isOwner());
    QCOMPARE(details.members()->count(), 1);
    QSignalSpy inserted(details.members(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(details.members(), &QAbstractItemModel::modelReset);
    ann.reload();
    QTRY_COMPARE(ann.index(0).data(FamiliesModel::MemberCountRole).toInt(), 2);
    QCOMPARE(inserted.count(), 1); // Ben's row arrived as one insertion, not a reset
    QCOMPARE(reset.count(), 0);
    QString benId;
    for (int row = 0; row < details.members()->count(); ++row) {
        const QModelIndex member = details.members()->index(row);
        const bool isBen = member.data(MembersModel::EmailRole) == "ben@example.com";
        QCOMPARE(member.data(MembersModel::KindRole).toString(), QStringLiteral("person"));
        QCOMPARE(member.data(MembersModel::MayRemoveRole).toBool(), isBen);
        QCOMPARE(member.data(MembersModel::MayMakeOwnerRole).toBool(), isBen);
        QCOMPARE(member.data(MembersModel::RoleRole).toString(),
                 isBen ? QStringLiteral("member") : QStringLiteral("owner"));
        if (isBen)
            benId = member.data(MembersModel::UserIdRole).toString();
    }
    QVERIFY(!benId.isEmpty());
    QVERIFY(act(ann, [&] { ann.transferOwnership(familyId, benId); }));
    QVERIFY(!ann.index(0).data(FamiliesModel::IsOwnerRole).toBool());
    QVERIFY(!details.isOwner());
    QVERIFY(!details.members()->index(0).data(MembersModel::MayRemoveRole).toBool());
    QVERIFY(act(ann, [&] { ann.leave(familyId); }));
    QCOMPARE(ann.rowCount(), 0);
}

void TestFamiliesModel::failuresAreSentences()
{
    auto annApi = apiFor("ann");
    FamiliesModel ann(annApi.get());
    QVERIFY(!act(ann, [&] { ann.create(""); }));
    QVERIFY(ann.error().contains("name"));
    QVERIFY(!act(ann, [&] { ann.join("not a code"); }));
    QVERIFY(ann.error().contains("ABCD-EFGH"));

    auto stale = apiFor("not-a-token");
    FamiliesModel nobody(stale.get());
    QSignalSpy unauthorized(stale.get(), &ApiClient::unauthorized);
    nobody.reload();
    QTRY_VERIFY(!nobody.error().isEmpty());
    QCOMPARE(nobody.error(), QStringLiteral("Your session has ended. Please sign in again."));
    QCOMPARE(unauthorized.count(), 1);

    auto offline =
        apiFor("ann", QStringLiteral("https://127.0.0.1:%1/api").arg(CloudFixture::freePort()));
    FamiliesModel away(offline.get());
    away.reload();
    QTRY_VERIFY_WITH_TIMEOUT(!away.error().isEmpty(), 10000);
    QVERIFY(away.error().contains("cannot be reached"));
}

void TestFamiliesModel::selectionFollowsTheFamilies()
{
    QSettings().remove(QLatin1String(larder::fridge::FridgeSelection::settingsKey));
    auto annApi = apiFor("ann");
    FamiliesModel ann(annApi.get());
    QVERIFY(act(ann, [&] { ann.create("Home"); }));
    QVERIFY(act(ann, [&] { ann.create("Holiday house"); }));
    QString home, holiday;
    for (int row = 0; row < ann.rowCount(); ++row)
        (ann.index(row).data(FamiliesModel::NameRole) == "Home" ? home : holiday) =
            ann.index(row).data(FamiliesModel::FamilyIdRole).toString();
    for (const auto &[thing, family, name] : {std::tuple{"sel-kitchen", home, "Kitchen fridge"},
                                              std::tuple{"sel-cabin", holiday, "Cabin fridge"}}) {
        QVERIFY(m_cloud.deviceCert(thing));
        QVERIFY(m_cloud.runTool(
            {"assign-thing", "--thing", thing, "--family", family, "--fridge-name", name}));
    }

    larder::mqtt::MqttClient client; // never connected: the selection only subscribes
    larder::fridge::FridgeSelection selection(&client, &ann);
    QSignalSpy changed(&selection, &larder::fridge::FridgeSelection::fridgeChanged);
    ann.reload();
    QTRY_COMPARE(selection.fridges()->count(), 2);
    QVERIFY(selection.fridge()); // one is on screen at once (whichever family answered first)
    // The list is sorted by family name, whatever order the families' details arrived in.
    QCOMPARE(selection.fridges()->rows().constFirst().deviceId, QStringLiteral("sel-cabin"));

    selection.select("sel-cabin");
    QCOMPARE(selection.fridge()->thing(), QStringLiteral("sel-cabin"));
    selection.select("sel-kitchen");
    QCOMPARE(selection.fridge()->thing(), QStringLiteral("sel-kitchen"));
    QCOMPARE(selection.fridge()->displayName(), QStringLiteral("Kitchen fridge"));
    QCOMPARE(selection.familyName(), QStringLiteral("Home"));
    const auto *kitchen = selection.fridges()->find("sel-kitchen");
    QVERIFY(kitchen && kitchen->isCurrent);
    QVERIFY(!selection.fridges()->find("sel-cabin")->isCurrent);
    selection.select("not-mine"); // ignored
    QCOMPARE(selection.fridge()->thing(), QStringLiteral("sel-kitchen"));

    // A new start shows the fridge chosen last.
    {
        FamiliesModel again(annApi.get());
        larder::fridge::FridgeSelection restarted(&client, &again);
        again.reload();
        QTRY_VERIFY(restarted.fridge());
        QCOMPARE(restarted.fridge()->thing(), QStringLiteral("sel-kitchen"));
    }

    // Signed out: no fridge, nothing left to show.
    ann.clear();
    QVERIFY(!selection.fridge());
    QCOMPARE(selection.fridges()->count(), 0);
    QVERIFY(changed.count() >= 3);
}

QTEST_GUILESS_MAIN(TestFamiliesModel)
#include "tst_familiesmodel.moc"
