// SPDX-License-Identifier: MIT
#pragma once

#include "PairingPayload.h"

#include <QObject>
#include <QProperty>
#include <QTimer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace larder::api {
class ApiClient;
}
namespace larder::family {
class FamiliesModel;
}
namespace larder::fridge {
class FridgeSelection;
}

namespace larder::pairing {

/// "Add a fridge" in the owner app: read the fridge's label (a scanned QR code, a photo of the
/// label, or the code typed by hand), pair it into one of the user's families
/// (`POST /registration`), then wait until the new fridge is on screen and reporting. Every
/// step is a state the screen shows; every failure a sentence.
class PairingFlow : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by the app")
    Q_PROPERTY(Step step READ step NOTIFY stepChanged BINDABLE bindableStep)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged BINDABLE bindableError)
    Q_PROPERTY(bool hasLabel READ hasLabel NOTIFY labelChanged)
    Q_PROPERTY(QString serial READ serial NOTIFY labelChanged)
    Q_PROPERTY(QString model READ model NOTIFY labelChanged)

public:
    enum Step {
        ReadLabel, ///< waiting for a label
        Verifying, ///< the cloud checks serial, model and code
        Waiting,   ///< paired; waiting for the fridge to show up and report
        Done,      ///< the fridge is on screen
    };
    Q_ENUM(Step)

    PairingFlow(api::ApiClient *api, family::FamiliesModel *families,
                fridge::FridgeSelection *selection, QObject *parent = nullptr);

    Step step() const { return m_step; }
    QBindable<Step> bindableStep() { return &m_step; }
    QString error() const { return m_error; }
    QBindable<QString> bindableError() { return &m_error; }
    bool hasLabel() const { return !m_label.serial.isEmpty(); }
    QString serial() const { return m_label.serial; }
    QString model() const { return m_label.model; }

    /// A QR code's content (camera). False with `error` set when it is not a Larder label.
    Q_INVOKABLE bool useScanned(const QString &content);
    /// A photo of the label.
    Q_INVOKABLE bool usePicture(const QUrl &file);
    /// The label's text typed by hand.
    Q_INVOKABLE bool useTyped(const QString &serial, const QString &model, const QString &code);
    /// Pairs the label's fridge into @p familyId under @p name.
    Q_INVOKABLE void pair(const QString &familyId, const QString &name);
    /// Starts over.
    Q_INVOKABLE void reset();

    /// How long to wait for the new fridge's first report before showing it anyway.
    static constexpr int waitLimitMs = 30'000;

signals:
    void stepChanged();
    void errorChanged();
    void labelChanged();

private:
    bool adopt(const std::optional<PairingPayload> &label, const QString &why);
    void checkArrived();

    api::ApiClient *m_api;
    family::FamiliesModel *m_families;
    fridge::FridgeSelection *m_selection;
    PairingPayload m_label;
    Q_OBJECT_BINDABLE_PROPERTY_WITH_ARGS(PairingFlow, Step, m_step, ReadLabel,
                                         &PairingFlow::stepChanged)
    Q_OBJECT_BINDABLE_PROPERTY(PairingFlow, QString, m_error, &PairingFlow::errorChanged)
    QTimer m_poll;
    QTimer m_waitLimit;
};

} // namespace larder::pairing
