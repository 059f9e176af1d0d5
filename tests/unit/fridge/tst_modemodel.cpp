// SPDX-License-Identifier: MIT
#include "fridge/FridgeSpec.h"
#include "fridge/ModeModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace larder::fridge;

class TestModeModel : public QObject
{
    Q_OBJECT
private slots:
    void modelIsWellBehaved()
    {
        ModeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), FridgeSpec::modes().size());
    }
    void everyModeOfTheContractHasALabel()
    {
        ModeModel model;
        QStringList keys;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            keys << model.data(index, ModeModel::KeyRole).toString();
            QVERIFY(!model.data(index, ModeModel::LabelRole).toString().isEmpty());
            QVERIFY(!model.data(index, ModeModel::DescriptionRole).toString().isEmpty());
        }
        QCOMPARE(keys, FridgeSpec::modes());
        QCOMPARE(model.labelFor("superCool"), QStringLiteral("Super cool"));
        QVERIFY(!model.data(model.index(99), ModeModel::KeyRole).isValid());
        QCOMPARE(model.roleNames().value(ModeModel::KeyRole), QByteArray("key"));
    }
};

QTEST_GUILESS_MAIN(TestModeModel)
#include "tst_modemodel.moc"
