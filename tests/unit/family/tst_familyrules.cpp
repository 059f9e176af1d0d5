// SPDX-License-Identifier: MIT
// Who may do what in a family, the family JSON read into structs, and the member and fridge
// models built from them.
#include "family/Family.h"
#include "family/FamilyDevicesModel.h"
#include "family/MembersModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace larder::family;

namespace {
Family home(MemberRole me)
{
    const QString json = QString::fromUtf8(R"json({
        "familyId":"f1","name":"Home","role":"%1",
        "members":[{"userId":"u-ann","email":"ann@example.com","role":"owner"},
                   {"userId":"u-ben","email":"ben@example.com","role":"member"},
                   {"userId":"tablet-1","email":"","role":"tablet","name":"Kitchen tablet (A1)"},
                   {"email":"no-id@example.com","role":"member"}],
        "devices":[{"deviceId":"LF-1","deviceName":"Kitchen"},{"deviceId":"LF-2"}]})json");
    return Family::fromJson(QJsonDocument::fromJson(json.arg(roleName(me)).toUtf8()).object());
}
} // namespace

class TestFamilyRules : public QObject
{
    Q_OBJECT
private slots:
    void readsTheFamilyJson()
    {
        const Family family = home(MemberRole::Owner);
        QCOMPARE(family.familyId, QStringLiteral("f1"));
        QCOMPARE(family.members.size(), 3); // the entry without an id is dropped
        QCOMPARE(family.members.at(2).role, MemberRole::Tablet);
        QCOMPARE(family.members.at(2).label(), QStringLiteral("Kitchen tablet (A1)"));
        QCOMPARE(family.members.at(1).label(), QStringLiteral("ben@example.com"));
        QCOMPARE(family.devices.at(1).deviceName, QStringLiteral("LF-2")); // unnamed: its id
        QCOMPARE(
            Family::listFromJson(QJsonArray{QJsonObject{}, QJsonObject{{"familyId", "x"}}}).size(),
            1);
    }

    void rules_data()
    {
        QTest::addColumn<int>("me");
        QTest::addColumn<QString>("myUserId");
        QTest::addColumn<int>("member");
        QTest::addColumn<bool>("isMe");
        QTest::addColumn<bool>("mayRemove");
        QTest::addColumn<bool>("mayMakeOwner");
        const int owner = int(MemberRole::Owner), member = int(MemberRole::Member);
        // members: 0 Ann (owner), 1 Ben (member), 2 the kitchen tablet
        QTest::newRow("owner sees self") << owner << "u-ann" << 0 << true << false << false;
        QTest::newRow("owner removes member") << owner << "u-ann" << 1 << false << true << true;
        QTest::newRow("owner removes tablet") << owner << "u-ann" << 2 << false << true << false;
        QTest::newRow("member sees owner") << member << "u-ben" << 0 << false << false << false;
        QTest::newRow("member sees self") << member << "u-ben" << 1 << true << false << false;
        QTest::newRow("member sees tablet") << member << "u-ben" << 2 << false << false << false;
        QTest::newRow("nobody signed in") << owner << "" << 0 << false << true << false;
    }
    void rules()
    {
        QFETCH(int, me);
        QFETCH(QString, myUserId);
        QFETCH(int, member);
        const Family family = home(MemberRole(me));
        const FamilyMember &who = family.members.at(member);
        QTEST(rules::isMe(who, myUserId), "isMe");
        QTEST(rules::mayRemove(family, who, myUserId), "mayRemove");
        QTEST(rules::mayMakeOwner(family, who, myUserId), "mayMakeOwner");
    }

    void membersModelUpdatesRowsInPlace()
    {
        MembersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Family family = home(MemberRole::Owner);
        model.show(&family, "u-ann");
        QCOMPARE(model.count(), 3);
        QCOMPARE(model.index(0).data(MembersModel::IsMeRole).toBool(), true);
        QCOMPARE(model.index(2).data(MembersModel::KindRole).toString(), QStringLiteral("tablet"));
        QCOMPARE(model.roleNames().value(MembersModel::IsMeRole), QByteArray("isMe"));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy count(&model, &MembersModel::countChanged);

        // Ben hands over to... Ben becomes owner; the tablet goes; Cleo joins first.
        family.members[1].role = MemberRole::Owner;
        family.members.removeAt(2);
        family.members.prepend({"u-cleo", "cleo@example.com", {}, MemberRole::Member});
        model.show(&family, "u-ann");
        QCOMPARE(model.count(), 3);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(changed.count(), 1); // Ben's role
        QCOMPARE(moved.count(), 0);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(count.count(), 2);
        QCOMPARE(model.index(0).data(MembersModel::UserIdRole).toString(),
                 QStringLiteral("u-cleo"));
        QCOMPARE(model.index(2).data(MembersModel::RoleRole).toString(), QStringLiteral("owner"));

        // The same order reversed: moves only.
        std::reverse(family.members.begin(), family.members.end());
        model.show(&family, "u-ann");
        QVERIFY(moved.count() >= 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.index(0).data(MembersModel::UserIdRole).toString(), QStringLiteral("u-ben"));

        model.show(nullptr, {});
        QCOMPARE(model.count(), 0);
        QCOMPARE(reset.count(), 0);
    }

    void devicesFollowOwnership()
    {
        FamilyDevicesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Family asOwner = home(MemberRole::Owner);
        model.show(&asOwner);
        QCOMPARE(model.count(), 2);
        QVERIFY(model.index(0).data(FamilyDevicesModel::MayRemoveRole).toBool());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const Family asMember = home(MemberRole::Member);
        model.show(&asMember);
        QCOMPARE(changed.count(), 2);
        QVERIFY(!model.index(1).data(FamilyDevicesModel::MayRemoveRole).toBool());
    }
};

QTEST_GUILESS_MAIN(TestFamilyRules)
#include "tst_familyrules.moc"
