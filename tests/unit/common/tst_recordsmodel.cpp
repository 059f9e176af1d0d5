// SPDX-License-Identifier: MIT
// RecordsModel (a list of records read from the cloud, one role per field) under
// QAbstractItemModelTester: rows keep their identity across reads — by their key field, or by
// all their fields — so a new read inserts, removes, moves and changes only what it must.
#include "common/RecordsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using larder::RecordsModel;

class TestRecordsModel : public QObject
{
    Q_OBJECT
private slots:
    void keyedRowsChangeInPlace()
    {
        RecordsModel model({"reportId", "status"}, "reportId");
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecords({{{"reportId", "a"}, {"status", "pending"}, {"ignored", 1}},
                          {{"reportId", "b"}, {"status", "success"}}});
        QCOMPARE(model.count(), 2);
        QCOMPARE(model.roleNames().values().size(), 2);
        QCOMPARE(model.data(model.index(0), Qt::UserRole + 2).toString(),
                 QStringLiteral("pending"));
        QVERIFY(!model.get(0).contains("ignored")); // only the fields shown
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // a arrives; b stays as it was: one row changed, none made anew.
        model.setRecords({{{"reportId", "a"}, {"status", "success"}},
                          {{"reportId", "b"}, {"status", "success"}}});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(inserted.size() + removed.size(), 0);
        // A new one first, a gone: one insertion, one removal.
        model.setRecords({{{"reportId", "c"}, {"status", "pending"}},
                          {{"reportId", "b"}, {"status", "success"}}});
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.get(0).value("reportId").toString(), QStringLiteral("c"));
        QVERIFY(model.get(9).isEmpty());
        model.setRecords({});
        QCOMPARE(model.count(), 0);
    }
    void unkeyedRowsAreTheirFields()
    {
        RecordsModel model({"at", "kind"}, {});
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QVariantMap first{{"at", 1.0}, {"kind", "connected"}};
        const QVariantMap second{{"at", 2.0}, {"kind", "shadow"}};
        model.setRecords({first, second, first}); // the same record twice is one row
        QCOMPARE(model.count(), 2);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setRecords({{{"at", 3.0}, {"kind", "disconnected"}}, second, first});
        QCOMPARE(inserted.size(), 1); // the newest on top; the others kept (moved)
        QCOMPARE(removed.size(), 0);
        QCOMPARE(model.records().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestRecordsModel)
#include "tst_recordsmodel.moc"
