// SPDX-License-Identifier: MIT
#pragma once

#include "alerts/AlertRules.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace larder::alerts {

/// The alert rules' default limits and the range each setting takes, for screens that show a
/// temperature outside them before (or without) the family's own settings, and for the owner's
/// settings screen: the same numbers the cloud's rules start from and check.
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
    /// Setting @p id's default ("doorOpenMinutes", "fridgeMaxC", "freezerMaxC", "warmMinutes").
    Q_INVOKABLE static double defaultValue(const QString &id)
    {
        return Thresholds{}.value(id).toDouble();
    }
    Q_INVOKABLE static double lowest(const QString &id) { return Thresholds::range(id).first; }
    Q_INVOKABLE static double highest(const QString &id) { return Thresholds::range(id).second; }
};

} // namespace larder::alerts
