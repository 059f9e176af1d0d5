// SPDX-License-Identifier: MIT
#pragma once

#include "alerts/AlertRules.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace larder::alerts {

/// The alert rules' default limits, for screens that show a temperature outside them before
/// (or without) the family's own settings: the same numbers the cloud's rules start from.
class AlertDefaults : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(double fridgeMaxC READ fridgeMaxC CONSTANT)
    Q_PROPERTY(double freezerMaxC READ freezerMaxC CONSTANT)

public:
    using QObject::QObject;
    static double fridgeMaxC() { return Thresholds{}.fridgeMaxC; }
    static double freezerMaxC() { return Thresholds{}.freezerMaxC; }
};

} // namespace larder::alerts
