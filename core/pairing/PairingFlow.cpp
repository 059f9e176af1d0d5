// SPDX-License-Identifier: MIT
#include "PairingFlow.h"
#include "QrDecoder.h"

#include "api/ApiClient.h"
#include "common/Guarded.h"
#include "family/FamiliesModel.h"
#include "fridge/FridgeController.h"
#include "fridge/FridgeSelection.h"

#include <QJsonObject>

namespace larder::pairing {

PairingFlow::PairingFlow(api::ApiClient *api, family::FamiliesModel *families,
                         fridge::FridgeSelection *selection, QObject *parent)
    : QObject(parent), m_api(api), m_families(families), m_selection(selection)
{
    m_poll.setInterval(250);
    connect(&m_poll, &QTimer::timeout, this, &PairingFlow::checkArrived);
    m_waitLimit.setSingleShot(true);
    m_waitLimit.setInterval(waitLimitMs);
    connect(&m_waitLimit, &QTimer::timeout, this, [this] {
        m_poll.stop();
        m_selection->select(m_label.serial);
        m_step = Done; // on screen anyway; its header says it has not reported yet
    });
}

bool PairingFlow::adopt(const std::optional<PairingPayload> &label, const QString &why)
{
    if (!label) {
        m_error = why;
        return false;
    }
    m_label = *label;
    m_error = QString();
    emit labelChanged();
    return true;
}

bool PairingFlow::useScanned(const QString &content)
{
    QString why;
    const auto label = PairingPayload::parse(content.toUtf8(), &why);
    return adopt(label, why);
}

bool PairingFlow::usePicture(const QUrl &file)
{
    QString why;
    const QByteArray content = QrDecoder::decodeFile(file.toLocalFile(), &why);
    if (content.isEmpty()) {
        m_error = why;
        return false;
    }
    const auto label = PairingPayload::parse(content, &why);
    return adopt(label, why);
}

bool PairingFlow::useTyped(const QString &serial, const QString &model, const QString &code)
{
    QString why;
    const auto label = PairingPayload::fromTyped(serial, model, code, &why);
    return adopt(label, why);
}

void PairingFlow::pair(const QString &familyId, const QString &name)
{
    if (!hasLabel() || m_step != ReadLabel)
        return;
    if (familyId.isEmpty()) {
        m_error = tr("Choose the family the fridge belongs to.");
        return;
    }
    if (name.trimmed().isEmpty()) {
        m_error = tr("Give the fridge a name, such as “Kitchen fridge”.");
        return;
    }
    m_error = QString();
    m_step = Verifying;
    m_api->post(QStringLiteral("/registration"),
                {{QStringLiteral("familyId"), familyId},
                 {QStringLiteral("deviceId"), m_label.serial},
                 {QStringLiteral("deviceName"), name.trimmed()},
                 {QStringLiteral("modelNumber"), m_label.model},
                 {QStringLiteral("pairingSecret"), m_label.secret}},
                guarded(this, [this](const api::ApiResult &result) {
                    if (!result.ok) {
                        m_step = ReadLabel;
                        m_error = result.message;
                        return;
                    }
                    m_step = Waiting;
                    m_families->reload();
                    m_poll.start();
                    m_waitLimit.start();
                }));
}

void PairingFlow::checkArrived()
{
    if (!m_selection->fridges()->find(m_label.serial)) {
        if (!m_families->loading())
            m_families->reload();
        return;
    }
    const fridge::FridgeController *shown = m_selection->fridge();
    if (!shown || shown->thing() != m_label.serial) {
        m_selection->select(m_label.serial);
        return;
    }
    if (shown->synced() && shown->hasReadings()) {
        m_poll.stop();
        m_waitLimit.stop();
        m_step = Done;
    }
}

void PairingFlow::reset()
{
    m_poll.stop();
    m_waitLimit.stop();
    m_label = {};
    emit labelChanged();
    m_error = QString();
    m_step = ReadLabel;
}

} // namespace larder::pairing
