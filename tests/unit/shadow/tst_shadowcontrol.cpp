// SPDX-License-Identifier: MIT
// ShadowControl, the bindable field behind every fridge control, on a scripted transport: a
// refused value writes nothing, a written value stays pending until the device reports it, a
// device that keeps its own value and a cloud that refuses both come back as sentences.
#include "ShadowRig.h"
#include "shadow/ShadowControl.h"

#include <QSignalSpy>

using larder::shadow::ShadowControl;
using namespace shadowrig;

namespace {
std::unique_ptr<ShadowControl> modeControl(ShadowRig &rig)
{
    return std::make_unique<ShadowControl>(
        &rig.shadow, QStringLiteral("mode"),
        [](const QJsonValue &value) -> std::optional<QString> {
            if (value.toString() == u"normal" || value.toString() == u"eco")
                return std::nullopt;
            return QStringLiteral("Choose normal or eco.");
        },
        [](const QJsonValue &value) { return value.toString(); });
}
} // namespace

class TestShadowControl : public QObject
{
    Q_OBJECT
private slots:
    void invalidValueWritesNothing()
    {
        ShadowRig rig;
        QVERIFY(rig.sync());
        auto control = modeControl(rig);
        QCOMPARE(control->value().toString(), QStringLiteral("normal"));
        QVERIFY(!control->set(QStringLiteral("party")));
        QCOMPARE(control->error(), QStringLiteral("Choose normal or eco."));
        QVERIFY(rig.updates().isEmpty());
        control->dismissError();
        QVERIFY(control->error().isEmpty());
    }

    void pendingUntilTheDeviceReports()
    {
        ShadowRig rig;
        QVERIFY(rig.sync());
        auto control = modeControl(rig);
        QVERIFY(control->set(QStringLiteral("eco")));
        QVERIFY(control->pending());
        QCOMPARE(control->target().toString(), QStringLiteral("eco"));
        rig.accept(rig.updates().value(0));
        QVERIFY(control->pending()); // the cloud has it; the fridge has not applied it yet
        rig.deviceReports({{"mode", "eco"}});
        QVERIFY(!control->pending());
        QCOMPARE(control->value().toString(), QStringLiteral("eco"));
        QVERIFY(control->error().isEmpty());
    }

    void deviceKeepingItsValueIsASentence()
    {
        ShadowRig rig;
        QVERIFY(rig.sync());
        auto control = modeControl(rig);
        QVERIFY(control->set(QStringLiteral("eco")));
        rig.accept(rig.updates().value(0));
        rig.deviceReports({{"mode", "normal"}});
        QVERIFY(!control->pending());
        QCOMPARE(control->error(),
                 QStringLiteral("The fridge did not accept eco; it stays at normal."));
    }

    void cloudRefusalAndSilenceAreSentences()
    {
        ShadowRig rig;
        QVERIFY(rig.sync());
        auto control = modeControl(rig);
        QVERIFY(control->set(QStringLiteral("eco")));
        rig.reject(rig.updates().value(0), 400, "State contains an invalid node");
        QVERIFY(!control->pending());
        QCOMPARE(control->error(),
                 QStringLiteral("The cloud refused eco: State contains an invalid node"));
        QCOMPARE(control->value().toString(), QStringLiteral("normal"));

        rig.shadow.setRequestTimeout(10);
        QVERIFY(control->set(QStringLiteral("eco")));
        QTRY_VERIFY(!control->pending());
        QVERIFY(control->error().startsWith("The cloud did not answer"));
    }

    void unconfirmedForTooLongSaysSo()
    {
        ShadowRig rig;
        QVERIFY(rig.sync());
        auto control = modeControl(rig);
        control->setConfirmTimeout(20);
        QVERIFY(control->set(QStringLiteral("eco")));
        rig.accept(rig.updates().value(0));
        QTRY_VERIFY(!control->error().isEmpty());
        QVERIFY(control->error().contains("has not confirmed eco"));
        QVERIFY(control->pending()); // still waiting: it will apply it when it can
    }
};

QTEST_GUILESS_MAIN(TestShadowControl)
#include "tst_shadowcontrol.moc"
