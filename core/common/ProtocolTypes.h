// SPDX-License-Identifier: MIT
#pragma once

#include "mqtt/MqttClient.h"
#include "shadow/ShadowClient.h"

#include <QtQml/qqml.h>

/// The protocol library's QObject types as QML sees them (LarderProtocol itself knows nothing
/// of QML): registered here, in the Larder.Core module, as foreign types.
namespace larder::qmltypes {

struct MqttClientForeign
{
    Q_GADGET
    QML_FOREIGN(larder::mqtt::MqttClient)
    QML_NAMED_ELEMENT(MqttClient)
    QML_UNCREATABLE("created in C++")
};

struct ShadowClientForeign
{
    Q_GADGET
    QML_FOREIGN(larder::shadow::ShadowClient)
    QML_NAMED_ELEMENT(ShadowClient)
    QML_UNCREATABLE("created in C++")
};

} // namespace larder::qmltypes
